// Original file: protos/auth.proto


export interface ListUsersRequest {
  'search'?: (string);
  'skip'?: (number);
  'limit'?: (number);
}

export interface ListUsersRequest__Output {
  'search': (string);
  'skip': (number);
  'limit': (number);
}
