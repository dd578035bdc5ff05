// Original file: protos/chat.proto


export interface AdminCreateRoomRequest {
  'admin_id'?: (string);
  'name'?: (string);
  'user_ids'?: (string)[];
}

export interface AdminCreateRoomRequest__Output {
  'admin_id': (string);
  'name': (string);
  'user_ids': (string)[];
}
