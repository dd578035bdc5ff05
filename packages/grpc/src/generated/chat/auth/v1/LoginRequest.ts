// Original file: protos/auth.proto


export interface LoginRequest {
  'email'?: (string);
  'password'?: (string);
  'client_ip'?: (string);
}

export interface LoginRequest__Output {
  'email': (string);
  'password': (string);
  'client_ip': (string);
}
