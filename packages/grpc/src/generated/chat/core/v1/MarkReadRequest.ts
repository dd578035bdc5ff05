// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface MarkReadRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'seq'?: (number | string | Long);
}

export interface MarkReadRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'seq': (string);
}
