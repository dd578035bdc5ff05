// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface ListRoomEventsRequest {
  'room_id'?: (string);
  'since'?: (number | string | Long);
  'limit'?: (number);
}

export interface ListRoomEventsRequest__Output {
  'room_id': (string);
  'since': (string);
  'limit': (number);
}
