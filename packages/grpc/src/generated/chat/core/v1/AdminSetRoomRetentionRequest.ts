// Original file: protos/chat.proto


export interface AdminSetRoomRetentionRequest {
  'admin_id'?: (string);
  'room_id'?: (string);
  'days'?: (number);
}

export interface AdminSetRoomRetentionRequest__Output {
  'admin_id': (string);
  'room_id': (string);
  'days': (number);
}
