import { readFileSync } from 'node:fs';
import argon2 from 'argon2';
import { invalid } from '@chat/common';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
const EMAIL_MAX = 254;

// Deliberately loose: the only proof an address works is mail reaching it;
// this rejects what is certainly not an address.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Trimmed and lower-cased, so `Ann@Example.com ` and `ann@example.com` are one account. */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email === '') throw invalid('email is required');
  if (email.length > EMAIL_MAX || !EMAIL_SHAPE.test(email)) throw invalid('email is not a valid address');
  return email;
}

/**
 * The 10,000 most common passwords of 8 or more characters (shorter ones are
 * refused anyway), lower-cased, one a line: the head of the frequency-ranked
 * list of @zxcvbn-ts/language-common 4.1.3 (MIT), itself drawn from leaked
 * password dumps. Guessers try these first, so the failed-login limits alone
 * would let them in: a handful of tries per account over many accounts.
 */
const COMMON_PASSWORDS = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== ''),
);

/** Counted in characters, not bytes, so the limit is the one a person sees. Case does not make a common password rare. */
export function checkNewPassword(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw invalid(`password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long`);
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    throw invalid('password is one of the 10,000 most common passwords, which are guessed first: choose another');
  }
}

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~80 ms here, which
// slows guessing without letting a burst of logins exhaust the machine.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Costs what a real verification costs, for logins naming no account, so timing does not tell. */
  verifyDummy(password: string): Promise<void>;
}

export async function createPasswordHasher(): Promise<PasswordHasher> {
  const dummy = await argon2.hash('not-a-real-password', HASH_OPTIONS);
  return {
    hash: (password) => argon2.hash(password, HASH_OPTIONS),
    verify: (hash, password) => argon2.verify(hash, password),
    verifyDummy: async (password) => {
      await argon2.verify(dummy, password);
    },
  };
}
