import { forbidden } from '@chat/common';
import type { TokenIssuer } from '../keys/token-issuer.ts';
import { checkCredentials } from '../sessions/check-credentials.ts';
import type { LoginLimiter } from '../sessions/login-limiter.ts';
import type { PasswordHasher } from '../users/credentials.ts';
import type { UserStore } from '../users/user-store.ts';

export interface AdminLoginDeps {
  users: UserStore;
  hasher: PasswordHasher;
  issuer: TokenIssuer;
  limiter: LoginLimiter;
  tokenTtlSeconds: number;
}

export interface AdminSession {
  adminId: string;
  token: string;
  expiresIn: number;
}

/**
 * An admin token for admin credentials. The same failed-login limits and the
 * same answers as a user login, so the admin sign-in is no easier to guess
 * and does not tell which addresses have accounts. An admin token has no
 * session: it lives ADMIN_TOKEN_TTL, then the admin signs in again.
 */
export class AdminLogin {
  constructor(private readonly d: AdminLoginDeps) {}

  async login(rawEmail: string, password: string, clientIp: string): Promise<AdminSession> {
    const user = await checkCredentials(this.d, rawEmail, password, clientIp);
    // Only the account's owner, who knows its password, learns this.
    if (!user.admin) throw forbidden('not an admin account');
    const { token, expiresIn } = await this.d.issuer.adminToken(user.id, this.d.tokenTtlSeconds);
    return { adminId: user.id, token, expiresIn };
  }
}
