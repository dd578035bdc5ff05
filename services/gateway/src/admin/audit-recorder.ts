import type { FastifyRequest } from 'fastify';
import { securityEvent } from '@chat/common';
import type { AuthClient } from '@chat/grpc';

export type AuditRecorder = (
  request: FastifyRequest,
  action: string,
  target: string,
  details?: Record<string, unknown>,
) => Promise<void>;

/**
 * Records a mutating admin action once it has succeeded. The action cannot
 * be undone if the record fails, and answering an error would make the
 * admin retry what is already done: the entry goes to the error log instead,
 * in full, so the record survives there.
 */
export function auditRecorder(auth: Pick<AuthClient, 'RecordAudit'>): AuditRecorder {
  return async (request, action, target, details = {}) => {
    // Who did what to which id; the details stay in the audit log (they may name users' emails).
    securityEvent(request.log, 'admin_action', { adminId: request.admin.id, action, target }, 'admin action');
    try {
      await auth.RecordAudit({ admin_id: request.admin.id, action, target, details_json: JSON.stringify(details) });
    } catch (error) {
      request.log.error({ err: error, audit: { adminId: request.admin.id, action, target, details } }, 'admin action done but not recorded in the audit log');
    }
  };
}
