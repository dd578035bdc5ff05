// Original file: protos/auth.proto


export interface ChangePasswordRequest {
  'user_id'?: (string);
  'session_id'?: (string);
  'current_password'?: (string);
  'new_password'?: (string);
}

export interface ChangePasswordRequest__Output {
  'user_id': (string);
  'session_id': (string);
  'current_password': (string);
  'new_password': (string);
}
