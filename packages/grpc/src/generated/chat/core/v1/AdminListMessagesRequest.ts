// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface AdminListMessagesRequest {
  'room_id'?: (string);
  'limit'?: (number);
  'before_seq'?: (number | string | Long);
}

export interface AdminListMessagesRequest__Output {
  'room_id': (string);
  'limit': (number);
  'before_seq': (string);
}
