// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface RoomEvent {
  'room_id'?: (string);
  'seq'?: (number | string | Long);
  'type'?: (string);
  'payload_json'?: (string);
  'created_at'?: (string);
  'actor_id'?: (string);
}

export interface RoomEvent__Output {
  'room_id': (string);
  'seq': (string);
  'type': (string);
  'payload_json': (string);
  'created_at': (string);
  'actor_id': (string);
}
