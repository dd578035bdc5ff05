// Original file: protos/auth.proto


export interface Session {
  'user_id'?: (string);
  'access_token'?: (string);
  'refresh_token'?: (string);
  'expires_in'?: (number);
}

export interface Session__Output {
  'user_id': (string);
  'access_token': (string);
  'refresh_token': (string);
  'expires_in': (number);
}
