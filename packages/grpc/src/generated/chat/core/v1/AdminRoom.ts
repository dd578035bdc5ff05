// Original file: protos/chat.proto

import type { Member as _chat_core_v1_Member, Member__Output as _chat_core_v1_Member__Output } from '../../../chat/core/v1/Member.ts';
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
  'members'?: (_chat_core_v1_Member)[];
  'direct'?: (boolean);
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
  'members': (_chat_core_v1_Member__Output)[];
  'direct': (boolean);
}
