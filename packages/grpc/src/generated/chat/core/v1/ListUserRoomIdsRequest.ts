// Original file: protos/chat.proto


export interface ListUserRoomIdsRequest {
  'user_id'?: (string);
}

export interface ListUserRoomIdsRequest__Output {
  'user_id': (string);
}
