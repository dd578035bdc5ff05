import { ChatError } from './errors.ts';
import { Emitter } from './emitter.ts';

export interface Tokens {
  userId: string;
  accessToken: string;
  refreshToken: string;
}

export interface AuthSessionEvents {
  /** New tokens (login, renewal): store them to resume the session later. */
  tokens: Tokens;
  /** The session cannot be renewed (logged out, revoked, refresh token expired): log in again. */
  'session-ended': { reason: string };
}

/** Calls POST /authentication/renew; injected so this module stays free of HTTP. */
export type Renew = (refreshToken: string) => Promise<{ accessToken: string; refreshToken: string }>;

/** Seconds since the epoch from a JWT's `exp` and `iat` claims (not verified: the servers do that). */
export function tokenTimes(accessToken: string): { exp: number; iat: number } | undefined {
  const part = accessToken.split('.')[1];
  if (!part) return undefined;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { exp?: unknown; iat?: unknown };
    if (typeof claims.exp !== 'number') return undefined;
    return { exp: claims.exp, iat: typeof claims.iat === 'number' ? claims.iat : claims.exp - 900 };
  } catch {
    return undefined;
  }
}

/**
 * The user's tokens, renewed before the access token expires (a fifth of
 * its lifetime ahead, at most a minute) and whenever a server says it has.
 * Each refresh token works once (auth rotates them, and a reused one ends
 * the session), so renewals are single-flight: concurrent callers share one.
 */
export class AuthSession extends Emitter<AuthSessionEvents> {
  private tokens: Tokens | undefined;
  private renewing: Promise<string> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly renewCall: Renew,
    private readonly options: { autoRenew: boolean },
  ) {
    super();
  }

  get current(): Tokens | undefined {
    return this.tokens;
  }

  set(tokens: Tokens): void {
    this.tokens = tokens;
    this.schedule();
    this.emit('tokens', tokens);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.tokens = undefined;
  }

  /** The access token, renewed first if it has expired or is about to. */
  async accessToken(): Promise<string> {
    if (!this.tokens) throw new ChatError('UNAUTHENTICATED', 'not logged in');
    const times = tokenTimes(this.tokens.accessToken);
    if (times && times.exp * 1000 - Date.now() < 2_000) return this.renew();
    return this.tokens.accessToken;
  }

  /** A new access token; `staleToken` is the one a server refused, so a renewal already done since is reused. */
  renew(staleToken?: string): Promise<string> {
    if (this.renewing) return this.renewing;
    const tokens = this.tokens;
    if (!tokens) return Promise.reject(new ChatError('UNAUTHENTICATED', 'not logged in'));
    if (staleToken !== undefined && staleToken !== tokens.accessToken) return Promise.resolve(tokens.accessToken);
    this.renewing = this.renewCall(tokens.refreshToken)
      .then((fresh) => {
        // Logged out (or another user logged in) while the renewal was in flight.
        if (this.tokens !== tokens) throw new ChatError('UNAUTHENTICATED', 'logged out');
        this.set({ userId: tokens.userId, ...fresh });
        return fresh.accessToken;
      })
      .catch((error: unknown) => {
        if (error instanceof ChatError && (error.code === 'UNAUTHENTICATED' || error.code === 'INVALID_ARGUMENT') && this.tokens === tokens) {
          this.clear();
          this.emit('session-ended', { reason: error.message });
        }
        throw error;
      })
      .finally(() => {
        this.renewing = undefined;
      });
    return this.renewing;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.options.autoRenew || !this.tokens) return;
    const times = tokenTimes(this.tokens.accessToken);
    if (!times) return;
    const ahead = Math.min(60_000, ((times.exp - times.iat) * 1000) / 5);
    const delay = Math.max(0, times.exp * 1000 - ahead - Date.now());
    this.timer = setTimeout(() => {
      // A failed renewal is retried by the next call that needs a token; session-ended was emitted if it is over.
      this.renew().catch(() => undefined);
    }, delay);
    // In Node, a pending renewal must not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
