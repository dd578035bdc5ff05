import { randomUUID } from 'node:crypto';
import { isDomainError, type ErrorCode, type Logger } from '@chat/common';

/** What a client gets in its ack (`{ error }`) and in the `conduit_error` event. */
export interface SocketError {
  code: ErrorCode;
  message: string;
  /** Seconds to wait before retrying (RESOURCE_EXHAUSTED). */
  retryAfter?: number;
}

/**
 * The socket boundary's one translation of errors. A DomainError's message
 * was written for clients (chat-core's and ours); anything else is a bug
 * here, logged with an id the client also sees, and its text never leaves.
 */
export function toSocketError(error: unknown, log: Logger, event: string): SocketError {
  if (!isDomainError(error)) {
    const errorId = randomUUID();
    log.error({ err: error, errorId, event }, 'unhandled error in socket event');
    return { code: 'INTERNAL', message: `internal error (id ${errorId})` };
  }
  const code = error.code;
  switch (code) {
    case 'INVALID_ARGUMENT':
    case 'UNAUTHENTICATED':
    case 'PERMISSION_DENIED':
    case 'NOT_FOUND':
    case 'ALREADY_EXISTS':
      return { code, message: error.message };
    case 'RESOURCE_EXHAUSTED':
      return error.retryAfter === undefined ? { code, message: error.message } : { code, message: error.message, retryAfter: error.retryAfter };
    case 'UNAVAILABLE':
      // Worth a warning: clients see it as a failed send they must retry.
      log.warn({ event, reason: error.message }, 'upstream unavailable during socket event');
      return { code, message: error.message };
    case 'OUTCOME_UNKNOWN':
      log.warn({ event, reason: error.message }, 'outcome of a socket event unknown: chat-core did not answer');
      return { code, message: error.message };
    case 'INTERNAL':
      // An upstream's INTERNAL already carries the id it logged under; pass it on unchanged.
      return { code, message: error.message };
    default:
      return assertNever(code);
  }
}

function assertNever(code: never): never {
  throw new Error(`unhandled error code ${String(code)}`);
}
