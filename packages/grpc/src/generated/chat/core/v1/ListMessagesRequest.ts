// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface ListMessagesRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'skip'?: (number);
  'limit'?: (number);
  'before_seq'?: (number | string | Long);
  'after_seq'?: (number | string | Long);
}

export interface ListMessagesRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'skip': (number);
  'limit': (number);
  'before_seq': (string);
  'after_seq': (string);
}
