// Original file: protos/chat.proto


export interface ListUserRoomIdsResponse {
  'room_ids'?: (string)[];
}

export interface ListUserRoomIdsResponse__Output {
  'room_ids': (string)[];
}
