import { forbidden, invalid, isUuid, notFound, securityEvent, unauthenticated, withTransaction, type Logger, type Pool } from '@chat/common';
import type { TokenIssuer } from '../keys/token-issuer.ts';
import type { PasswordHasher } from '../users/credentials.ts';
import type { UserStore } from '../users/user-store.ts';
import { refreshReuse, sessionRenewals } from './auth-metrics.ts';
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
  | { kind: 'renewed'; state: RefreshTokenState; endsAt: Date }
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
  /** REFRESH_TOKEN_MAX_AGE: a session ends this long after its login, however often renewed. */
  refreshMaxAgeSeconds: number;
  /** How long the longest-lived token (access or admin) lives: how long a revoked session must stay listed. */
  tokenTtlSeconds: number;
  log: Logger;
}

/** Beyond the access tokens' lifetime, for clocks that disagree a little. */
const REVOCATION_MARGIN_SECONDS = 60;
const PRUNE_EVERY_MS = 5 * 60_000;

export class SessionsService {
  private lastPrune = 0;

  constructor(private readonly d: SessionsDeps) {}

  async login(rawEmail: string, password: string, clientIp: string): Promise<IssuedSession> {
    const user = await checkCredentials(this.d, 'user', rawEmail, password, clientIp);
    const { token, hash } = newRefreshToken();
    const sessionId = await withTransaction(this.d.pool, async (client) => {
      const id = await this.d.sessions.create(client, user.id, 'user', this.d.refreshTtlSeconds, this.d.refreshMaxAgeSeconds);
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
        await this.d.sessions.revoke(state.sessionId, state.userId, 'user', client);
        refreshReuse.inc();
        securityEvent(this.d.log, 'refresh_token_reused', { sessionId: state.sessionId, userId: state.userId }, 'refresh token reused: session revoked');
        securityEvent(this.d.log, 'session_revoked', { sessionId: state.sessionId, userId: state.userId, kind: 'user', reason: 'refresh token reused' }, 'session revoked');
        return { kind: 'refused', reason: 'refresh token already used: session revoked, log in again' };
      }
      if (state.sessionExpired) return { kind: 'refused', reason: 'session expired, log in again' };
      if (state.userBlocked) return { kind: 'blocked' };
      await this.d.sessions.markUsed(client, presented);
      await this.d.sessions.addRefreshToken(client, state.sessionId, next.hash);
      const endsAt = await this.d.sessions.extend(client, state.sessionId, this.d.refreshTtlSeconds, this.d.refreshMaxAgeSeconds);
      return { kind: 'renewed', state, endsAt };
    });
    sessionRenewals.inc({ result: outcome.kind });
    // Thrown only after the transaction, so the revocation above is committed.
    if (outcome.kind === 'refused') throw unauthenticated(outcome.reason);
    if (outcome.kind === 'blocked') throw forbidden('account blocked');
    return this.issue(outcome.state.userId, outcome.state.sessionId, next.token, outcome.endsAt);
  }

  /** Ends the session: its refresh tokens stop working. Logging out twice is not an error. */
  async logout(userId: string, sessionId: string): Promise<void> {
    if (!isUuid(userId) || !isUuid(sessionId) || !(await this.d.sessions.revoke(sessionId, userId, 'user'))) {
      throw notFound('session not found');
    }
    securityEvent(this.d.log, 'session_revoked', { sessionId, userId, kind: 'user', reason: 'logout' }, 'session revoked');
  }

  /**
   * Sessions whose access tokens must be refused although unexpired: every
   * verifier polls this. The whole window each time (a few rows: logouts and
   * blocks of the last minutes), so no revocation committed late is skipped.
   */
  async revokedSessions(): Promise<string[]> {
    const window = this.d.tokenTtlSeconds + REVOCATION_MARGIN_SECONDS;
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      await this.d.sessions.pruneRevocations(window).catch((error: unknown) => this.d.log.warn({ err: error }, 'could not prune old session revocations'));
    }
    return this.d.sessions.revokedWithin(window);
  }

  /** An access token never outlives its session's absolute end: near it, the token is shorter. */
  private async issue(userId: string, sessionId: string, refreshToken: string, sessionEndsAt?: Date): Promise<IssuedSession> {
    const left = sessionEndsAt ? Math.max(1, Math.floor((sessionEndsAt.getTime() - Date.now()) / 1000)) : undefined;
    const { token, expiresIn } = await this.d.issuer.accessToken(userId, sessionId, left);
    return { userId, sessionId, accessToken: token, refreshToken, expiresIn };
  }
}
