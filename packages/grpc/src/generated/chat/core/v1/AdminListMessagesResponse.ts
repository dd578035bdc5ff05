// Original file: protos/chat.proto

import type { Message as _chat_core_v1_Message, Message__Output as _chat_core_v1_Message__Output } from '../../../chat/core/v1/Message.ts';
import type { Long } from '@grpc/proto-loader';

export interface AdminListMessagesResponse {
  'messages'?: (_chat_core_v1_Message)[];
  'count'?: (number | string | Long);
  'last_seq'?: (number | string | Long);
}

export interface AdminListMessagesResponse__Output {
  'messages': (_chat_core_v1_Message__Output)[];
  'count': (string);
  'last_seq': (string);
}
