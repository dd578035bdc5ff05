import { forbidden, isUuid, notFound, securityEvent, unauthenticated, type Logger, type Pool } from '@chat/common';
import type { TokenIssuer } from '../keys/token-issuer.ts';
import { checkCredentials } from '../sessions/check-credentials.ts';
import type { LoginLimiter } from '../sessions/login-limiter.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import type { PasswordHasher } from '../users/credentials.ts';
import type { User, UserStore } from '../users/user-store.ts';

export interface AdminLoginDeps {
  pool: Pool;
  users: UserStore;
  sessions: SessionStore;
  hasher: PasswordHasher;
  issuer: TokenIssuer;
  /** The admin login's own failed-login counts, apart from the user login's. */
  limiter: LoginLimiter;
  /** ADMIN_TOKEN_TTL, at most an hour. */
  tokenTtlSeconds: number;
  log: Logger;
}

export interface AdminSession {
  adminId: string;
  sessionId: string;
  token: string;
  expiresIn: number;
}

const SESSION_ENDED = 'admin session ended (logged out, expired or revoked): log in again';

/**
 * Admin sign-in, sign-out and the check of a session on every admin call.
 * The same kind of failed-login limits and the same answers as a user
 * login, so the admin sign-in is no easier to guess and does not tell which
 * addresses have accounts, but counted apart: nobody locks the admin out
 * from the user login. Each sign-in is a session (auth.sessions, kind
 * "admin") that ends after ADMIN_TOKEN_TTL, at logout, or when the account
 * is blocked or stops being an admin; there is no renewal.
 */
export class AdminLogin {
  constructor(private readonly d: AdminLoginDeps) {}

  async login(rawEmail: string, password: string, clientIp: string): Promise<AdminSession> {
    const user = await checkCredentials(this.d, 'admin', rawEmail, password, clientIp);
    // Only the account's owner, who knows its password, learns this.
    if (!user.admin) throw forbidden('not an admin account');
    const sessionId = await this.d.sessions.create(this.d.pool, user.id, 'admin', this.d.tokenTtlSeconds);
    const { token, expiresIn } = await this.d.issuer.adminToken(user.id, sessionId, this.d.tokenTtlSeconds);
    return { adminId: user.id, sessionId, token, expiresIn };
  }

  /** Ends the admin session: its token is refused from then on. Logging out twice is not an error. */
  async logout(adminId: string, sessionId: string): Promise<void> {
    if (!isUuid(adminId) || !isUuid(sessionId) || !(await this.d.sessions.revoke(sessionId, adminId, 'admin'))) {
      throw notFound('admin session not found');
    }
    securityEvent(this.d.log, 'session_revoked', { sessionId, userId: adminId, kind: 'admin', reason: 'logout' }, 'session revoked');
  }

  /**
   * The admin behind a verified admin token, if the session is still open and
   * the account still an admin and not blocked: the gateway asks on every
   * admin call, so a change to the account counts at once.
   */
  async check(adminId: string, sessionId: string): Promise<User> {
    const state = isUuid(adminId) && isUuid(sessionId) ? await this.d.sessions.adminSessionState(sessionId, adminId) : undefined;
    if (!state || state.ended) throw unauthenticated(SESSION_ENDED);
    if (!state.user.admin) throw forbidden('not an admin account');
    if (state.user.blocked) throw forbidden('account blocked');
    return state.user;
  }
}
