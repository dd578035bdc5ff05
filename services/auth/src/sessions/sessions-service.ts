import { forbidden, invalid, notFound, unauthenticated, withTransaction, type Logger, type Pool } from '@chat/common';
import type { TokenIssuer } from '../keys/token-issuer.ts';
import type { PasswordHasher } from '../users/credentials.ts';
import type { UserStore } from '../users/user-store.ts';
import { isUuid } from '../users/users-service.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { checkCredentials } from './check-credentials.ts';
import { hashRefreshToken, newRefreshToken } from './refresh-token.ts';
import type { RefreshTokenState, SessionStore } from './session-store.ts';

export interface IssuedSession {
  userId: string;
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

type RenewOutcome =
  | { kind: 'renewed'; state: RefreshTokenState }
  | { kind: 'refused'; reason: string }
  | { kind: 'blocked' };


export interface SessionsDeps {
  pool: Pool;
  users: UserStore;
  sessions: SessionStore;
  hasher: PasswordHasher;
  issuer: TokenIssuer;
  limiter: LoginLimiter;
  refreshTtlSeconds: number;
  /** How long an access token lives: how long a revoked session must stay listed. */
  accessTtlSeconds: number;
  log: Logger;
}

/** Beyond the access tokens' lifetime, for clocks that disagree a little. */
const REVOCATION_MARGIN_SECONDS = 60;
const PRUNE_EVERY_MS = 5 * 60_000;

export class SessionsService {
  private lastPrune = 0;

  constructor(private readonly d: SessionsDeps) {}

  async login(rawEmail: string, password: string, clientIp: string): Promise<IssuedSession> {
    const user = await checkCredentials(this.d, rawEmail, password, clientIp);
    const { token, hash } = newRefreshToken();
    const sessionId = await withTransaction(this.d.pool, async (client) => {
      const id = await this.d.sessions.create(client, user.id, this.d.refreshTtlSeconds);
      await this.d.sessions.addRefreshToken(client, id, hash);
      return id;
    });
    return this.issue(user.id, sessionId, token);
  }

  /**
   * Rotates the refresh token: the presented one is marked used and a new one
   * issued, in one transaction under row locks. A used token presented again
   * means two parties hold the session (one of them stole it): the whole
   * session is revoked, the newest token included.
   */
  async renew(refreshToken: string): Promise<IssuedSession> {
    if (refreshToken === '') throw invalid('refreshToken is required');
    const presented = hashRefreshToken(refreshToken);
    const next = newRefreshToken();
    const outcome = await withTransaction(this.d.pool, async (client): Promise<RenewOutcome> => {
      const state = await this.d.sessions.lockRefreshToken(client, presented);
      if (!state) return { kind: 'refused', reason: 'invalid refresh token' };
      if (state.sessionRevoked) return { kind: 'refused', reason: 'session revoked, log in again' };
      if (state.used) {
        await this.d.sessions.revoke(state.sessionId, state.userId, client);
        this.d.log.warn({ sessionId: state.sessionId, userId: state.userId }, 'refresh token reused: session revoked');
        return { kind: 'refused', reason: 'refresh token already used: session revoked, log in again' };
      }
      if (state.sessionExpired) return { kind: 'refused', reason: 'session expired, log in again' };
      if (state.userBlocked) return { kind: 'blocked' };
      await this.d.sessions.markUsed(client, presented);
      await this.d.sessions.addRefreshToken(client, state.sessionId, next.hash);
      await this.d.sessions.extend(client, state.sessionId, this.d.refreshTtlSeconds);
      return { kind: 'renewed', state };
    });
    // Thrown only after the transaction, so the revocation above is committed.
    if (outcome.kind === 'refused') throw unauthenticated(outcome.reason);
    if (outcome.kind === 'blocked') throw forbidden('account blocked');
    return this.issue(outcome.state.userId, outcome.state.sessionId, next.token);
  }

  /** Ends the session: its refresh tokens stop working. Logging out twice is not an error. */
  async logout(userId: string, sessionId: string): Promise<void> {
    if (!isUuid(userId) || !isUuid(sessionId) || !(await this.d.sessions.revoke(sessionId, userId))) {
      throw notFound('session not found');
    }
  }

  /**
   * Sessions whose access tokens must be refused although unexpired: every
   * verifier polls this. The whole window each time (a few rows: logouts and
   * blocks of the last minutes), so no revocation committed late is skipped.
   */
  async revokedSessions(): Promise<string[]> {
    const window = this.d.accessTtlSeconds + REVOCATION_MARGIN_SECONDS;
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      await this.d.sessions.pruneRevocations(window).catch((error: unknown) => this.d.log.warn({ err: error }, 'could not prune old session revocations'));
    }
    return this.d.sessions.revokedWithin(window);
  }

  private async issue(userId: string, sessionId: string, refreshToken: string): Promise<IssuedSession> {
    const { token, expiresIn } = await this.d.issuer.accessToken(userId, sessionId);
    return { userId, sessionId, accessToken: token, refreshToken, expiresIn };
  }
}
