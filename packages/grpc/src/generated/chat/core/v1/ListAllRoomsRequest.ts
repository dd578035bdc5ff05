// Original file: protos/chat.proto


export interface ListAllRoomsRequest {
  'search'?: (string);
  'skip'?: (number);
  'limit'?: (number);
}

export interface ListAllRoomsRequest__Output {
  'search': (string);
  'skip': (number);
  'limit': (number);
}
