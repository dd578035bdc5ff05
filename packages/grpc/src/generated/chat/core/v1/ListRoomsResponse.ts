// Original file: protos/chat.proto

import type { Room as _chat_core_v1_Room, Room__Output as _chat_core_v1_Room__Output } from '../../../chat/core/v1/Room.ts';
import type { Long } from '@grpc/proto-loader';

export interface ListRoomsResponse {
  'rooms'?: (_chat_core_v1_Room)[];
  'count'?: (number | string | Long);
}

export interface ListRoomsResponse__Output {
  'rooms': (_chat_core_v1_Room__Output)[];
  'count': (string);
}
