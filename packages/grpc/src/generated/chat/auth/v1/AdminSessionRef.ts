// Original file: protos/auth.proto


export interface AdminSessionRef {
  'admin_id'?: (string);
  'session_id'?: (string);
}

export interface AdminSessionRef__Output {
  'admin_id': (string);
  'session_id': (string);
}
