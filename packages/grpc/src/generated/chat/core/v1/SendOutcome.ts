// Original file: protos/chat.proto

import type { SendMessageResponse as _chat_core_v1_SendMessageResponse, SendMessageResponse__Output as _chat_core_v1_SendMessageResponse__Output } from '../../../chat/core/v1/SendMessageResponse.ts';
import type { SendError as _chat_core_v1_SendError, SendError__Output as _chat_core_v1_SendError__Output } from '../../../chat/core/v1/SendError.ts';

export interface SendOutcome {
  'sent'?: (_chat_core_v1_SendMessageResponse | null);
  'error'?: (_chat_core_v1_SendError | null);
  'outcome'?: "sent"|"error";
}

export interface SendOutcome__Output {
  'sent'?: (_chat_core_v1_SendMessageResponse__Output | null);
  'error'?: (_chat_core_v1_SendError__Output | null);
  'outcome'?: "sent"|"error";
}
