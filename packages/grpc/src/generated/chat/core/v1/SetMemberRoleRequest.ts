// Original file: protos/chat.proto


export interface SetMemberRoleRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'member_id'?: (string);
  'role'?: (string);
}

export interface SetMemberRoleRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'member_id': (string);
  'role': (string);
}
