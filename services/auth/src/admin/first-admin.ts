import { ConfigError, isDomainError, type Logger } from '@chat/common';
import type { AuthConfig } from '../config.ts';
import { normaliseEmail, type PasswordHasher } from '../users/credentials.ts';
import type { UserStore } from '../users/user-store.ts';

export interface FirstAdminDeps {
  users: UserStore;
  hasher: PasswordHasher;
  log: Logger;
}

/**
 * The admin named by ADMIN_EMAIL exists and signs in with ADMIN_PASSWORD,
 * after every start. There is no other way to change an admin's password, so
 * a changed ADMIN_PASSWORD replaces the stored one. An ordinary user holding
 * that address is never promoted: whoever registered it would become admin
 * with their own password.
 */
export async function ensureFirstAdmin(admin: AuthConfig['admin'], { users, hasher, log }: FirstAdminDeps): Promise<void> {
  if (admin.defaulted.length > 0) {
    log.warn(`${admin.defaulted.join(' and ')} not set: the admin is ${admin.email} with the local default password (never do this in production)`);
  }
  const email = normaliseEmail(admin.email);
  let user = await users.findByEmail(email);
  if (!user) {
    try {
      const created = await users.insert(email, await hasher.hash(admin.password), { admin: true });
      log.info({ adminId: created.id, email }, 'first admin created');
      return;
    } catch (error) {
      // Another auth replica starting at the same time created it first.
      if (!(isDomainError(error) && error.code === 'ALREADY_EXISTS')) throw error;
      user = await users.findByEmail(email);
      if (!user) throw error;
    }
  }
  if (!user.admin) {
    throw new ConfigError(`ADMIN_EMAIL: ${email} belongs to an ordinary user account; choose another address for the admin`);
  }
  if (!(await hasher.verify(user.passwordHash, admin.password))) {
    await users.setPasswordHash(user.id, await hasher.hash(admin.password));
    log.warn({ adminId: user.id }, 'ADMIN_PASSWORD differs from the stored admin password: the stored one was replaced');
  }
}
