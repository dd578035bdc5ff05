// Original file: protos/chat.proto


export interface AddUsersRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'user_ids'?: (string)[];
}

export interface AddUsersRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'user_ids': (string)[];
}
