// Original file: protos/auth.proto

import type { AuditEntry as _chat_auth_v1_AuditEntry, AuditEntry__Output as _chat_auth_v1_AuditEntry__Output } from '../../../chat/auth/v1/AuditEntry.ts';
import type { Long } from '@grpc/proto-loader';

export interface ListAuditResponse {
  'entries'?: (_chat_auth_v1_AuditEntry)[];
  'count'?: (number | string | Long);
}

export interface ListAuditResponse__Output {
  'entries': (_chat_auth_v1_AuditEntry__Output)[];
  'count': (string);
}
