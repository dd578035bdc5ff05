// Original file: protos/auth.proto


export interface SetUserBlockedRequest {
  'id'?: (string);
  'blocked'?: (boolean);
}

export interface SetUserBlockedRequest__Output {
  'id': (string);
  'blocked': (boolean);
}
