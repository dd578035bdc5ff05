// Original file: protos/auth.proto


export interface SearchUsersRequest {
  'user_id'?: (string);
  'search'?: (string);
  'limit'?: (number);
}

export interface SearchUsersRequest__Output {
  'user_id': (string);
  'search': (string);
  'limit': (number);
}
