// Original file: protos/chat.proto


export interface Member {
  'user_id'?: (string);
  'role'?: (string);
}

export interface Member__Output {
  'user_id': (string);
  'role': (string);
}
