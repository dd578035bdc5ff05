// Original file: protos/auth.proto


export interface DeleteOwnAccountRequest {
  'user_id'?: (string);
  'password'?: (string);
}

export interface DeleteOwnAccountRequest__Output {
  'user_id': (string);
  'password': (string);
}
