// Original file: protos/chat.proto


export interface GetRoomRequest {
  'user_id'?: (string);
  'room_id'?: (string);
}

export interface GetRoomRequest__Output {
  'user_id': (string);
  'room_id': (string);
}
