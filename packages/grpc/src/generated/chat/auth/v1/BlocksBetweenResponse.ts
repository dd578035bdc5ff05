// Original file: protos/auth.proto


export interface BlocksBetweenResponse {
  'user_ids'?: (string)[];
}

export interface BlocksBetweenResponse__Output {
  'user_ids': (string)[];
}
