// Original file: protos/chat.proto


export interface SharesRoomResponse {
  'shared'?: (boolean);
}

export interface SharesRoomResponse__Output {
  'shared': (boolean);
}
