/**
 * What a socket's event handlers ask of its access token's lifetime, which
 * TokenExpiry keeps for all the sockets of a namespace.
 */
export interface TokenSession {
  /** Throws for a socket whose token has expired; client events call it first. */
  assertActive(): void;
}
