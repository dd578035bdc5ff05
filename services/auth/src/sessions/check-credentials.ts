import { createHash } from 'node:crypto';
import { forbidden, invalid, isDomainError, securityEvent, unauthenticated, type Logger } from '@chat/common';
import { normaliseEmail, PASSWORD_MAX, type PasswordHasher } from '../users/credentials.ts';
import type { User, UserStore } from '../users/user-store.ts';
import { lockouts, logins } from './auth-metrics.ts';
import type { LoginLimiter } from './login-limiter.ts';

/** Wrong password and unknown email must read the same, or the answer tells which emails have accounts. */
const BAD_CREDENTIALS = 'invalid email or password';

export interface CredentialsDeps {
  users: UserStore;
  hasher: PasswordHasher;
  /** The counts of this sign-in alone: the user and admin logins never share them. */
  limiter: LoginLimiter;
  /** Where failed and locked-out sign-ins are logged as security events; without it they are only counted. */
  log?: Logger;
}

/** Which sign-in is checking: the user login (`/authentication/local`) or the admin login. */
export type SignIn = 'user' | 'admin';

/**
 * The password check of every sign-in, a user's login and an admin's alike,
 * so both have the same kind of failed-login limits and the same answers.
 * Returns the account whose password it is. A blocked account is refused
 * only after the password was right, so only its owner learns it is blocked.
 *
 * At the user login an admin account is no account: the same argon2 work,
 * the same answer and the same count as a wrong password, and its hash is
 * never compared there. So the user login is no way in for an admin, no
 * oracle for the admin's password, and (the counts being apart) no way to
 * lock the admin out. The admin login checks any account; its caller refuses
 * those that are not admins, after the password.
 */
export async function checkCredentials(d: CredentialsDeps, signIn: SignIn, rawEmail: string, password: string, clientIp: string): Promise<User> {
  const email = normaliseEmail(rawEmail);
  if (password === '') throw invalid('password is required');
  if ([...password].length > PASSWORD_MAX) throw invalid(`password must be at most ${PASSWORD_MAX} characters long`);
  // Who was tried, without the address itself in the log (docs/OPERATIONS.md, "Security events").
  const who = { login: signIn, emailHash: createHash('sha256').update(email).digest('hex').slice(0, 16), clientIp };
  const attempt = await d.limiter.begin(email, clientIp).catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'RESOURCE_EXHAUSTED') {
      const limit = error.message.includes('address') ? 'ip' : 'email';
      lockouts.inc({ login: signIn, limit });
      logins.inc({ login: signIn, result: 'locked_out' });
      if (d.log) securityEvent(d.log, 'login_locked_out', { ...who, limit }, 'sign-in refused: too many failed logins');
    }
    throw error;
  });
  const user = await d.users.findByEmail(email);
  if (!user || (signIn === 'user' && user.admin)) {
    // The same argon2 work as for a real account, so timing does not tell either.
    await d.hasher.verifyDummy(password);
    throw failed(d.log, who, 'no such account');
  }
  if (!(await d.hasher.verify(user.passwordHash, password))) throw failed(d.log, { ...who, userId: user.id }, 'wrong password');
  await attempt.succeeded();
  if (user.blocked) {
    logins.inc({ login: signIn, result: 'blocked' });
    throw forbidden('account blocked');
  }
  logins.inc({ login: signIn, result: 'success' });
  return user;
}

/** The answer to a wrong email or password, after counting and logging it. */
function failed(log: Logger | undefined, fields: Record<string, unknown> & { login: SignIn }, reason: string): Error {
  logins.inc({ login: fields.login, result: 'failure' });
  if (log) securityEvent(log, 'login_failed', { ...fields, reason }, 'sign-in failed');
  return unauthenticated(BAD_CREDENTIALS);
}
