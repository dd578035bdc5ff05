// Original file: protos/chat.proto


export interface RemoveMemberRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'member_id'?: (string);
}

export interface RemoveMemberRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'member_id': (string);
}
