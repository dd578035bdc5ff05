// Original file: protos/auth.proto


export interface RenewRequest {
  'refresh_token'?: (string);
}

export interface RenewRequest__Output {
  'refresh_token': (string);
}
