// Original file: protos/auth.proto


export interface LogoutRequest {
  'user_id'?: (string);
  'session_id'?: (string);
}

export interface LogoutRequest__Output {
  'user_id': (string);
  'session_id': (string);
}
