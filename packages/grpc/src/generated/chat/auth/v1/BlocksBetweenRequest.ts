// Original file: protos/auth.proto


export interface BlocksBetweenRequest {
  'user_id'?: (string);
  'other_ids'?: (string)[];
}

export interface BlocksBetweenRequest__Output {
  'user_id': (string);
  'other_ids': (string)[];
}
