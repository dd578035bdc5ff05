// Original file: protos/auth.proto


export interface Jwks {
  'json'?: (string);
  'issuer'?: (string);
  'audience'?: (string);
}

export interface Jwks__Output {
  'json': (string);
  'issuer': (string);
  'audience': (string);
}
