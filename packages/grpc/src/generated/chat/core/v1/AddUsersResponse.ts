// Original file: protos/chat.proto


export interface AddUsersResponse {
  'invited'?: (boolean);
}

export interface AddUsersResponse__Output {
  'invited': (boolean);
}
