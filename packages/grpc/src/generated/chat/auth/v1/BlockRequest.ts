// Original file: protos/auth.proto


export interface BlockRequest {
  'user_id'?: (string);
  'other_id'?: (string);
}

export interface BlockRequest__Output {
  'user_id': (string);
  'other_id': (string);
}
