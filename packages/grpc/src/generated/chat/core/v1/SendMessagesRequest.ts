// Original file: protos/chat.proto

import type { SendMessageRequest as _chat_core_v1_SendMessageRequest, SendMessageRequest__Output as _chat_core_v1_SendMessageRequest__Output } from '../../../chat/core/v1/SendMessageRequest.ts';

export interface SendMessagesRequest {
  'messages'?: (_chat_core_v1_SendMessageRequest)[];
}

export interface SendMessagesRequest__Output {
  'messages': (_chat_core_v1_SendMessageRequest__Output)[];
}
