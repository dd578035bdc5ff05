// Original file: protos/chat.proto


export interface LeaveRoomRequest {
  'user_id'?: (string);
  'room_id'?: (string);
}

export interface LeaveRoomRequest__Output {
  'user_id': (string);
  'room_id': (string);
}
