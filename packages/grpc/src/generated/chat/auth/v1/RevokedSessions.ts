// Original file: protos/auth.proto


export interface RevokedSessions {
  'session_ids'?: (string)[];
}

export interface RevokedSessions__Output {
  'session_ids': (string)[];
}
