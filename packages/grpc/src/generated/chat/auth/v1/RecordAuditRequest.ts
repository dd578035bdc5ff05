// Original file: protos/auth.proto


export interface RecordAuditRequest {
  'admin_id'?: (string);
  'action'?: (string);
  'target'?: (string);
  'details_json'?: (string);
}

export interface RecordAuditRequest__Output {
  'admin_id': (string);
  'action': (string);
  'target': (string);
  'details_json': (string);
}
