import { SignJWT } from 'jose';
import type { AuthConfig } from '../config.ts';
import { SIGNING_ALG, type KeyRing } from './key-ring.ts';

export interface TokenIssuer {
  /** A signed access token for the user's session, and its lifetime in seconds. */
  accessToken(userId: string, sessionId: string): Promise<{ token: string; expiresIn: number }>;
  /** A signed admin token (token_use "admin"): the user-token verifier refuses it, and the admin one refuses access tokens. */
  adminToken(adminId: string, ttlSeconds: number): Promise<{ token: string; expiresIn: number }>;
}

/**
 * Access tokens carry exactly what packages/tokens verifies: sub, sid,
 * token_use "access", iss, aud, iat, exp, and the signing key's kid.
 */
export function createTokenIssuer(keys: KeyRing, config: Pick<AuthConfig['tokens'], 'issuer' | 'audience' | 'accessTtlSeconds'>): TokenIssuer {
  const sign = async (subject: string, claims: Record<string, string>, ttlSeconds: number) => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALG, kid: keys.kid, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(keys.privateKey);
    return { token, expiresIn: ttlSeconds };
  };
  return {
    accessToken: (userId, sessionId) => sign(userId, { sid: sessionId, token_use: 'access' }, config.accessTtlSeconds),
    adminToken: (adminId, ttlSeconds) => sign(adminId, { token_use: 'admin' }, ttlSeconds),
  };
}
