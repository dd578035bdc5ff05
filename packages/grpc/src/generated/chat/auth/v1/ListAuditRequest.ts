// Original file: protos/auth.proto


export interface ListAuditRequest {
  'skip'?: (number);
  'limit'?: (number);
}

export interface ListAuditRequest__Output {
  'skip': (number);
  'limit': (number);
}
