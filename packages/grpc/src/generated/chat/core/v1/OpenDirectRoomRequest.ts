// Original file: protos/chat.proto


export interface OpenDirectRoomRequest {
  'user_id'?: (string);
  'other_id'?: (string);
}

export interface OpenDirectRoomRequest__Output {
  'user_id': (string);
  'other_id': (string);
}
