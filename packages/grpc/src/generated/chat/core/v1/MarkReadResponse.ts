// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface MarkReadResponse {
  'last_read_seq'?: (number | string | Long);
}

export interface MarkReadResponse__Output {
  'last_read_seq': (string);
}
