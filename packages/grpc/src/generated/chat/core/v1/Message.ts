// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface Message {
  'id'?: (string);
  'room_id'?: (string);
  'sender_id'?: (string);
  'content'?: (string);
  'content_type'?: (string);
  'files'?: (string)[];
  'nonce'?: (string);
  'seq'?: (number | string | Long);
  'created_at'?: (string);
  'updated_at'?: (string);
}

export interface Message__Output {
  'id': (string);
  'room_id': (string);
  'sender_id': (string);
  'content': (string);
  'content_type': (string);
  'files': (string)[];
  'nonce': (string);
  'seq': (string);
  'created_at': (string);
  'updated_at': (string);
}
