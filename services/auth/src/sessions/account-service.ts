import { invalid, isUuid, notFound, withTransaction, type Pool } from '@chat/common';
import { checkNewPassword, type PasswordHasher } from '../users/credentials.ts';
import type { UserStore } from '../users/user-store.ts';
import { checkCredentials, type CredentialsDeps } from './check-credentials.ts';

export interface AccountDeps extends CredentialsDeps {
  pool: Pool;
  users: UserStore;
  hasher: PasswordHasher;
}

/**
 * A signed-in user's own account: a new password, or the account gone. Both
 * ask for the password again through the login's own check, so a stolen
 * access token cannot take the account over, and guesses count against the
 * same failed-login limits as the login's.
 */
export class AccountService {
  constructor(private readonly d: AccountDeps) {}

  /**
   * Every other session of the user ends (the revocation trigger lists them,
   * so verifiers refuse their tokens and routers close their sockets within
   * about a second); the caller's stays open.
   */
  async changePassword(userId: string, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.reauthenticate(userId, currentPassword, 'currentPassword');
    checkNewPassword(newPassword);
    if (currentPassword === newPassword) throw invalid('newPassword must differ from currentPassword');
    const hash = await this.d.hasher.hash(newPassword);
    await withTransaction(this.d.pool, async (client) => {
      await client.query(`UPDATE auth.users SET password_hash = $2, updated_at = now() WHERE id = $1`, [user.id, hash]);
      await client.query(
        `UPDATE auth.sessions SET revoked_at = now()
         WHERE user_id = $1 AND id <> $2::uuid AND kind = 'user' AND revoked_at IS NULL`,
        [user.id, isUuid(sessionId) ? sessionId : '00000000-0000-0000-0000-000000000000'],
      );
    });
  }

  /** The account and its sessions go (ON DELETE CASCADE, each listed as revoked); messages stay with chat-core. */
  async deleteAccount(userId: string, password: string): Promise<void> {
    const user = await this.reauthenticate(userId, password, 'password');
    if (!(await this.d.users.deleteNonAdmin(user.id))) throw notFound('user not found');
  }

  private async reauthenticate(userId: string, password: string, field: string) {
    const found = isUuid(userId) ? await this.d.users.findById(userId) : undefined;
    if (!found || found.admin) throw notFound('user not found');
    if (password === '') throw invalid(`${field} is required`);
    try {
      return await checkCredentials(this.d, 'user', found.email, password, '');
    } catch (error) {
      // The login's words ("invalid email or password") would puzzle someone who typed no email.
      if ((error as { code?: string }).code === 'UNAUTHENTICATED') throw invalid(`${field} is wrong`);
      throw error;
    }
  }
}
