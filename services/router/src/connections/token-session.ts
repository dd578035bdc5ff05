import { invalid, unauthenticated, type Logger } from '@chat/common';
import { parseBearer, type TokenVerifier } from '@chat/tokens';
import type { ChatSocket } from '../realtime/chat-socket.ts';

// setTimeout fires at once past 2^31-1 ms; a longer-lived token is re-checked in steps.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface TokenSessionDeps {
  verifier: TokenVerifier;
  /** How long a client has, after `token-expired`, to send a new token. */
  graceMs: number;
  log: Logger;
}

/**
 * The access token's lifetime on a long-lived connection. The token is
 * verified once, at the handshake; at its expiry the client gets
 * `token-expired` and `graceMs` to emit `authenticate` with a new token of
 * the same user, or it is disconnected. Meanwhile its events are refused.
 */
export class TokenSession {
  private expiryTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private expired = false;

  constructor(
    private readonly socket: ChatSocket,
    private readonly deps: TokenSessionDeps,
  ) {}

  start(): void {
    this.schedule(this.socket.data.expiresAt);
  }

  /** Throws for a socket whose token has expired; client events call it first. */
  assertActive(): void {
    if (this.expired) throw unauthenticated('access token expired: emit authenticate with a new access token');
  }

  /** `authenticate` [token]: a fresh token of the same user extends the connection. */
  async renew(value: unknown): Promise<{ userId: string; expiresAt: number }> {
    if (typeof value !== 'string') throw invalid('token (argument 1) must be a string');
    const token = parseBearer(value);
    if (!token) throw unauthenticated('no access token given');
    const claims = await this.deps.verifier.verify(token);
    if (claims.userId !== this.socket.data.userId) {
      throw unauthenticated('the access token belongs to another user: connect again to change user');
    }
    this.socket.data.sessionId = claims.sessionId;
    this.socket.data.expiresAt = claims.expiresAt;
    this.expired = false;
    clearTimeout(this.graceTimer);
    this.schedule(claims.expiresAt);
    return { userId: claims.userId, expiresAt: claims.expiresAt };
  }

  close(): void {
    clearTimeout(this.expiryTimer);
    clearTimeout(this.graceTimer);
  }

  private schedule(expiresAt: number): void {
    clearTimeout(this.expiryTimer);
    const delay = expiresAt * 1000 - Date.now();
    this.expiryTimer =
      delay > MAX_TIMER_MS
        ? setTimeout(() => this.schedule(expiresAt), MAX_TIMER_MS)
        : setTimeout(() => this.onExpired(expiresAt), Math.max(0, delay));
  }

  private onExpired(expiresAt: number): void {
    this.expired = true;
    this.socket.emit('token-expired', { expiredAt: new Date(expiresAt * 1000).toISOString(), graceMs: this.deps.graceMs });
    clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => {
      this.deps.log.debug({ userId: this.socket.data.userId }, 'token expired without renewal: disconnecting');
      this.socket.emit('conduit_error', { code: 'UNAUTHENTICATED', message: 'access token expired and no new one was sent: disconnected' });
      this.socket.disconnect(true);
    }, this.deps.graceMs);
  }
}
