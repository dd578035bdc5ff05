// Original file: protos/chat.proto

import type { Message as _chat_core_v1_Message, Message__Output as _chat_core_v1_Message__Output } from '../../../chat/core/v1/Message.ts';

export interface SendMessageResponse {
  'message'?: (_chat_core_v1_Message | null);
  'duplicate'?: (boolean);
}

export interface SendMessageResponse__Output {
  'message': (_chat_core_v1_Message__Output | null);
  'duplicate': (boolean);
}
