// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface AdminListEventsRequest {
  'room_id'?: (string);
  'since'?: (number | string | Long);
  'limit'?: (number);
}

export interface AdminListEventsRequest__Output {
  'room_id': (string);
  'since': (string);
  'limit': (number);
}
