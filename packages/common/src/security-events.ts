
/**
 * Security-relevant happenings, each a log line with a stable `event` field
 * an operator's log pipeline can alert on (docs/OPERATIONS.md, "Security
 * events"). The names are a contract: add, never rename.
 */
export const SECURITY_EVENTS = [
  'login_failed',
  'login_locked_out',
  'refresh_token_reused',
  'master_key_wrong',
  'admin_action',
  'session_revoked',
] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];

/**
 * Logs one at warn (info for routine admin actions). The fields name who and
 * from where (ids, a client IP, a hash of an email) and never a secret:
 * no password, token or key, nor an email address in clear.
 */
/** A service's pino logger, or a Fastify request's. */
export interface EventLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export function securityEvent(log: EventLogger, event: SecurityEvent, fields: Record<string, unknown>, message: string): void {
  const line = { ...fields, event, security: true };
  if (event === 'admin_action') log.info(line, message);
  else log.warn(line, message);
}
