// Original file: protos/chat.proto

import type { Long } from '@grpc/proto-loader';

export interface AdminRoom {
  'id'?: (string);
  'name'?: (string);
  'creator_id'?: (string);
  'participants'?: (string)[];
  'participant_count'?: (number | string | Long);
  'last_seq'?: (number | string | Long);
  'message_count'?: (number | string | Long);
  'last_activity'?: (string);
  'created_at'?: (string);
}

export interface AdminRoom__Output {
  'id': (string);
  'name': (string);
  'creator_id': (string);
  'participants': (string)[];
  'participant_count': (string);
  'last_seq': (string);
  'message_count': (string);
  'last_activity': (string);
  'created_at': (string);
}
