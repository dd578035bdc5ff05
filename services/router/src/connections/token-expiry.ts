import { invalid, unauthenticated, type Logger } from '@chat/common';
import { parseBearer, type TokenVerifier } from '@chat/tokens';
import type { ChatSocket } from '../realtime/chat-socket.ts';
import type { TokenSession } from './token-session.ts';

// setTimeout fires at once past 2^31-1 ms; a later expiry is re-checked in steps.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A socket's rooms, left while its token is expired and joined again once it is renewed. */
export interface SocketRooms {
  leaveAll(socket: ChatSocket): void;
  rejoin(socket: ChatSocket): Promise<void>;
}

export interface TokenExpiryDeps {
  verifier: TokenVerifier;
  rooms: SocketRooms;
  /** How long a client has, after `token-expired`, to send a new token. */
  graceMs: number;
  log: Logger;
}

/**
 * The access tokens' lifetime on the long-lived connections of a namespace.
 * A token is verified once, at the handshake; at its expiry the client gets
 * `token-expired` and `graceMs` to emit `authenticate` with a new token of
 * the same user, or it is disconnected. Meanwhile its events are refused,
 * and it is out of its rooms and its user channel: an expired token must
 * not keep receiving what its rooms say. The renewal puts it back in its
 * rooms as they are then (the answer to `authenticate` comes after), and
 * the client syncs what it missed.
 *
 * One timer serves every socket (a timer and a session object per socket
 * were a good part of what an idle socket cost): sockets wait in a bucket
 * per expiry second, and the timer is set for the earliest second. Only a
 * socket in its grace period has a timer of its own.
 */
export class TokenExpiry {
  /** Sockets by the second their token expires (`socket.data.expiresAt`). */
  private readonly due = new Map<number, Set<ChatSocket>>();
  /** The keys of `due`, earliest first. */
  private readonly seconds: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** When `timer` fires, in ms since the epoch; Infinity without a timer. */
  private timerAt = Infinity;
  /** Sockets whose token expired, each with the timer that ends its grace period. */
  private readonly expired = new Map<ChatSocket, NodeJS.Timeout>();

  constructor(private readonly deps: TokenExpiryDeps) {}

  /** A socket that just connected, with the token its handshake verified. */
  track(socket: ChatSocket): void {
    this.add(socket, socket.data.expiresAt);
  }

  /** A socket that disconnected. */
  forget(socket: ChatSocket): void {
    this.remove(socket, socket.data.expiresAt);
    clearTimeout(this.expired.get(socket));
    this.expired.delete(socket);
  }

  /** Throws for a socket whose token has expired; client events call it first. */
  assertActive(socket: ChatSocket): void {
    if (this.expired.has(socket)) throw unauthenticated('access token expired: emit authenticate with a new access token');
  }

  /** What handlers that hold their socket take: assertActive bound to it. */
  sessionOf(socket: ChatSocket): TokenSession {
    return { assertActive: () => this.assertActive(socket) };
  }

  /** `authenticate` [token]: a fresh token of the same user extends the connection. */
  async renew(socket: ChatSocket, value: unknown): Promise<{ userId: string; expiresAt: number }> {
    if (typeof value !== 'string') throw invalid('token (argument 1) must be a string');
    const token = parseBearer(value);
    if (!token) throw unauthenticated('no access token given');
    const claims = await this.deps.verifier.verify(token);
    if (claims.userId !== socket.data.userId) {
      throw unauthenticated('the access token belongs to another user: connect again to change user');
    }
    // Gone while the token was checked: tracking it again would keep it until the token expires.
    if (socket.disconnected) return { userId: claims.userId, expiresAt: claims.expiresAt };
    // Back in its rooms before it counts as renewed: a failed listing leaves it expired, free to try again.
    if (this.expired.has(socket)) {
      await this.deps.rooms.rejoin(socket);
      if (socket.disconnected) return { userId: claims.userId, expiresAt: claims.expiresAt };
    }
    this.forget(socket);
    socket.data.sessionId = claims.sessionId;
    socket.data.expiresAt = claims.expiresAt;
    this.add(socket, claims.expiresAt);
    return { userId: claims.userId, expiresAt: claims.expiresAt };
  }

  private add(socket: ChatSocket, second: number): void {
    let bucket = this.due.get(second);
    if (!bucket) {
      bucket = new Set();
      this.due.set(second, bucket);
      this.seconds.splice(this.indexOf(second), 0, second);
    }
    bucket.add(socket);
    if (second * 1000 < this.timerAt) this.arm();
  }

  private remove(socket: ChatSocket, second: number): void {
    const bucket = this.due.get(second);
    if (!bucket?.delete(socket) || bucket.size > 0) return;
    this.due.delete(second);
    const index = this.indexOf(second);
    this.seconds.splice(index, 1);
    // The timer was for this second: set it for the next one, or clear it (no timer outlives the last socket).
    if (index === 0) this.arm();
  }

  /** Where `second` is or would go in `seconds` (binary search). */
  private indexOf(second: number): number {
    let low = 0;
    let high = this.seconds.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.seconds[mid]! < second) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
    const earliest = this.seconds[0];
    if (earliest === undefined) return;
    const delay = earliest * 1000 - Date.now();
    if (delay > MAX_TIMER_MS) {
      this.timerAt = Date.now() + MAX_TIMER_MS;
      this.timer = setTimeout(() => this.arm(), MAX_TIMER_MS);
    } else {
      this.timerAt = earliest * 1000;
      this.timer = setTimeout(() => this.expireDue(), Math.max(0, delay));
    }
  }

  private expireDue(): void {
    const now = Date.now();
    while (this.seconds.length > 0 && this.seconds[0]! * 1000 <= now) {
      const second = this.seconds.shift()!;
      const bucket = this.due.get(second)!;
      this.due.delete(second);
      for (const socket of bucket) this.onExpired(socket, second);
    }
    this.arm();
  }

  private onExpired(socket: ChatSocket, expiresAt: number): void {
    this.deps.rooms.leaveAll(socket);
    socket.emit('token-expired', { expiredAt: new Date(expiresAt * 1000).toISOString(), graceMs: this.deps.graceMs });
    this.expired.set(socket, setTimeout(this.endGrace, this.deps.graceMs, socket));
  }

  private readonly endGrace = (socket: ChatSocket): void => {
    this.deps.log.debug({ userId: socket.data.userId }, 'token expired without renewal: disconnecting');
    socket.emit('conduit_error', { code: 'UNAUTHENTICATED', message: 'access token expired and no new one was sent: disconnected' });
    // Its 'disconnect' listener calls forget().
    socket.disconnect(true);
  };
}
