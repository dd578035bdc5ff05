/** The error codes the gateway and the routers answer with (docs/CLIENT.md, "Errors"). */
export type ChatErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE'
  | 'OUTCOME_UNKNOWN'
  | 'INTERNAL'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** The SDK's own: the client was closed, or a send ran out of time while retrying. */
  | 'CLIENT_CLOSED'
  | 'TIMEOUT';

/** What every failed call of the SDK rejects with. */
export class ChatError extends Error {
  override readonly name = 'ChatError';

  constructor(
    readonly code: ChatErrorCode | (string & {}),
    message: string,
    /** HTTP status, for answers of the HTTP API. */
    readonly status?: number,
    /** Seconds to wait before trying again (RESOURCE_EXHAUSTED). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** The `{error: {code, message, retryAfter?}}` both the HTTP API and socket acks answer with. */
export interface WireError {
  code: string;
  message: string;
  retryAfter?: number;
}

export function isWireError(value: unknown): value is { error: WireError } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as WireError).code === 'string';
}
