import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: guessing one is hopeless, so a plain sha256 (no salt, no slow hash) is enough to store it. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
