// Original file: protos/chat.proto


export interface AdminRoomRequest {
  'admin_id'?: (string);
  'room_id'?: (string);
}

export interface AdminRoomRequest__Output {
  'admin_id': (string);
  'room_id': (string);
}
