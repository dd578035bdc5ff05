// Original file: protos/auth.proto


export interface DeleteUserRequest {
  'id'?: (string);
}

export interface DeleteUserRequest__Output {
  'id': (string);
}
