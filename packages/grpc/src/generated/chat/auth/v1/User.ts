// Original file: protos/auth.proto


export interface User {
  'id'?: (string);
  'email'?: (string);
  'blocked'?: (boolean);
  'created_at'?: (string);
  'updated_at'?: (string);
  'admin'?: (boolean);
  'display_name'?: (string);
  'avatar_url'?: (string);
}

export interface User__Output {
  'id': (string);
  'email': (string);
  'blocked': (boolean);
  'created_at': (string);
  'updated_at': (string);
  'admin': (boolean);
  'display_name': (string);
  'avatar_url': (string);
}
