// Original file: protos/chat.proto


export interface CreateRoomRequest {
  'user_id'?: (string);
  'name'?: (string);
  'user_ids'?: (string)[];
}

export interface CreateRoomRequest__Output {
  'user_id': (string);
  'name': (string);
  'user_ids': (string)[];
}
