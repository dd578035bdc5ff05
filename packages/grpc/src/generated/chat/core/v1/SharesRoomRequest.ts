// Original file: protos/chat.proto


export interface SharesRoomRequest {
  'user_id'?: (string);
  'other_id'?: (string);
}

export interface SharesRoomRequest__Output {
  'user_id': (string);
  'other_id': (string);
}
