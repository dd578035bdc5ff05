import { forbidden, invalid, unauthenticated } from '@chat/common';
import type { TokenIssuer } from '../keys/token-issuer.ts';
import type { LoginLimiter } from '../sessions/login-limiter.ts';
import { normaliseEmail, PASSWORD_MAX, type PasswordHasher } from '../users/credentials.ts';
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

const BAD_CREDENTIALS = 'invalid email or password';

/**
 * An admin token for admin credentials. The same failed-login limits and the
 * same answers as a user login, so the admin sign-in is no easier to guess
 * and does not tell which addresses have accounts. An admin token has no
 * session: it lives ADMIN_TOKEN_TTL, then the admin signs in again.
 */
export class AdminLogin {
  constructor(private readonly d: AdminLoginDeps) {}

  async login(rawEmail: string, password: string, clientIp: string): Promise<AdminSession> {
    const email = normaliseEmail(rawEmail);
    if (password === '') throw invalid('password is required');
    if ([...password].length > PASSWORD_MAX) throw invalid(`password must be at most ${PASSWORD_MAX} characters long`);
    const attempt = await this.d.limiter.begin(email, clientIp);
    const user = await this.d.users.findByEmail(email);
    if (!user) {
      await this.d.hasher.verifyDummy(password);
      throw unauthenticated(BAD_CREDENTIALS);
    }
    if (!(await this.d.hasher.verify(user.passwordHash, password))) throw unauthenticated(BAD_CREDENTIALS);
    await attempt.succeeded();
    // Only the account's owner, who knows its password, learns these.
    if (user.blocked) throw forbidden('account blocked');
    if (!user.admin) throw forbidden('not an admin account');
    const { token, expiresIn } = await this.d.issuer.adminToken(user.id, this.d.tokenTtlSeconds);
    return { adminId: user.id, token, expiresIn };
  }
}
