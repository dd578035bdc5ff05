// Original file: protos/chat.proto


export interface AdminSetMemberRoleRequest {
  'admin_id'?: (string);
  'room_id'?: (string);
  'user_id'?: (string);
  'role'?: (string);
}

export interface AdminSetMemberRoleRequest__Output {
  'admin_id': (string);
  'room_id': (string);
  'user_id': (string);
  'role': (string);
}
