// Original file: protos/chat.proto

import type { Message as _chat_core_v1_Message, Message__Output as _chat_core_v1_Message__Output } from '../../../chat/core/v1/Message.ts';
import type { Member as _chat_core_v1_Member, Member__Output as _chat_core_v1_Member__Output } from '../../../chat/core/v1/Member.ts';
import type { Long } from '@grpc/proto-loader';

export interface Room {
  'id'?: (string);
  'name'?: (string);
  'creator_id'?: (string);
  'participants'?: (string)[];
  'last_seq'?: (number | string | Long);
  'last_message'?: (_chat_core_v1_Message | null);
  'unread_count'?: (number | string | Long);
  'created_at'?: (string);
  'updated_at'?: (string);
  'direct'?: (boolean);
  'members'?: (_chat_core_v1_Member)[];
  'who_can_add'?: (string);
}

export interface Room__Output {
  'id': (string);
  'name': (string);
  'creator_id': (string);
  'participants': (string)[];
  'last_seq': (string);
  'last_message': (_chat_core_v1_Message__Output | null);
  'unread_count': (string);
  'created_at': (string);
  'updated_at': (string);
  'direct': (boolean);
  'members': (_chat_core_v1_Member__Output)[];
  'who_can_add': (string);
}
