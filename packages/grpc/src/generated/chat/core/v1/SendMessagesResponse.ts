// Original file: protos/chat.proto

import type { SendOutcome as _chat_core_v1_SendOutcome, SendOutcome__Output as _chat_core_v1_SendOutcome__Output } from '../../../chat/core/v1/SendOutcome.ts';

export interface SendMessagesResponse {
  'outcomes'?: (_chat_core_v1_SendOutcome)[];
}

export interface SendMessagesResponse__Output {
  'outcomes': (_chat_core_v1_SendOutcome__Output)[];
}
