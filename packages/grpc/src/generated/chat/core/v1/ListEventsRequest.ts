// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface ListEventsRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'since'?: (number | string | Long);
  'limit'?: (number);
}

export interface ListEventsRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'since': (string);
  'limit': (number);
}
