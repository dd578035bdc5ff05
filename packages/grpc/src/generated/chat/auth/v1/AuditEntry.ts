// Original file: protos/auth.proto


export interface AuditEntry {
  'id'?: (string);
  'admin_id'?: (string);
  'admin_email'?: (string);
  'action'?: (string);
  'target'?: (string);
  'details_json'?: (string);
  'created_at'?: (string);
}

export interface AuditEntry__Output {
  'id': (string);
  'admin_id': (string);
  'admin_email': (string);
  'action': (string);
  'target': (string);
  'details_json': (string);
  'created_at': (string);
}
