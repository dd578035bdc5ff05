import { status, type ServiceError } from '@grpc/grpc-js';
import { DomainError, type ErrorCode } from '@chat/common';

export function toGrpcStatus(code: ErrorCode): status {
  switch (code) {
    case 'INVALID_ARGUMENT':
      return status.INVALID_ARGUMENT;
    case 'UNAUTHENTICATED':
      return status.UNAUTHENTICATED;
    case 'PERMISSION_DENIED':
      return status.PERMISSION_DENIED;
    case 'NOT_FOUND':
      return status.NOT_FOUND;
    case 'ALREADY_EXISTS':
      return status.ALREADY_EXISTS;
    case 'RESOURCE_EXHAUSTED':
      return status.RESOURCE_EXHAUSTED;
    case 'UNAVAILABLE':
      return status.UNAVAILABLE;
    case 'OUTCOME_UNKNOWN':
      return status.UNKNOWN;
    case 'INTERNAL':
      return status.INTERNAL;
  }
}

/** Metadata key on every error a service answered itself (set by `implement`). */
export const ANSWERED = 'chat-answered';

/**
 * The reverse, on the client side: a remote failure becomes a DomainError
 * the caller's boundary translates. An error the service answered keeps its
 * message. One the transport made up (deadline passed, connection lost) is
 * `unanswered`: whether the call took effect is unknown, unless no
 * connection was ever made.
 */
export function fromServiceError(error: ServiceError, service: string): DomainError {
  const answered = error.metadata?.get(ANSWERED).length > 0;
  // grpc-js makes these up itself: a deadline passed, a stream reset or a session closed mid-call.
  const transport = [status.UNAVAILABLE, status.DEADLINE_EXCEEDED, status.CANCELLED, status.INTERNAL, status.UNKNOWN];
  if (!answered && transport.includes(error.code)) {
    const neverSent = error.code === status.UNAVAILABLE && error.details.startsWith('No connection established');
    return new DomainError('UNAVAILABLE', `${service} is unavailable, try again`, undefined, !neverSent);
  }
  switch (error.code) {
    case status.INVALID_ARGUMENT:
    case status.OUT_OF_RANGE:
      return new DomainError('INVALID_ARGUMENT', error.details);
    case status.UNAUTHENTICATED:
      return new DomainError('UNAUTHENTICATED', error.details);
    case status.PERMISSION_DENIED:
      return new DomainError('PERMISSION_DENIED', error.details);
    case status.NOT_FOUND:
      return new DomainError('NOT_FOUND', error.details);
    case status.ALREADY_EXISTS:
      return new DomainError('ALREADY_EXISTS', error.details);
    case status.RESOURCE_EXHAUSTED: {
      const retry = Number(error.metadata?.get('retry-after')[0] ?? NaN);
      return new DomainError('RESOURCE_EXHAUSTED', error.details, Number.isFinite(retry) ? retry : undefined);
    }
    case status.UNAVAILABLE:
    case status.DEADLINE_EXCEEDED:
      return new DomainError('UNAVAILABLE', error.details || `${service} is unavailable, try again`);
    case status.UNKNOWN:
      return answered ? new DomainError('OUTCOME_UNKNOWN', error.details) : new DomainError('INTERNAL', error.details || 'internal error');
    default:
      return new DomainError('INTERNAL', error.details || 'internal error');
  }
}
