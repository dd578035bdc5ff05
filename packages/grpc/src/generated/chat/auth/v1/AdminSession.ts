// Original file: protos/auth.proto


export interface AdminSession {
  'admin_id'?: (string);
  'token'?: (string);
  'expires_in'?: (number);
  'session_id'?: (string);
}

export interface AdminSession__Output {
  'admin_id': (string);
  'token': (string);
  'expires_in': (number);
  'session_id': (string);
}
