// Original file: protos/chat.proto


export interface ListRoomsRequest {
  'user_id'?: (string);
  'skip'?: (number);
  'limit'?: (number);
}

export interface ListRoomsRequest__Output {
  'user_id': (string);
  'skip': (number);
  'limit': (number);
}
