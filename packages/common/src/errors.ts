export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'RESOURCE_EXHAUSTED',
  'UNAVAILABLE',
  /** The call may or may not have taken effect (its answer was lost): retrying with the same nonce is safe. */
  'OUTCOME_UNKNOWN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The one error type domain code throws. Transports translate it at their
 * boundary (gRPC status, HTTP status, socket ack); the message is shown to
 * clients as is, so it names the field or id at fault and nothing internal.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Seconds a client should wait before retrying (RESOURCE_EXHAUSTED). */
    readonly retryAfter?: number,
    /** The callee never answered (its deadline passed, the connection broke): whether the call took effect is unknown. */
    readonly unanswered = false,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string): DomainError => new DomainError('INVALID_ARGUMENT', message);
export const notFound = (message: string): DomainError => new DomainError('NOT_FOUND', message);
export const conflict = (message: string): DomainError => new DomainError('ALREADY_EXISTS', message);
export const unauthenticated = (message: string): DomainError => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message: string): DomainError => new DomainError('PERMISSION_DENIED', message);

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
