// Original file: protos/chat.proto

import type { AdminRoom as _chat_core_v1_AdminRoom, AdminRoom__Output as _chat_core_v1_AdminRoom__Output } from '../../../chat/core/v1/AdminRoom.ts';
import type { Long } from '@grpc/proto-loader';

export interface ListAllRoomsResponse {
  'rooms'?: (_chat_core_v1_AdminRoom)[];
  'count'?: (number | string | Long);
}

export interface ListAllRoomsResponse__Output {
  'rooms': (_chat_core_v1_AdminRoom__Output)[];
  'count': (string);
}
