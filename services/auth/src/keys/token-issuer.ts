import { SignJWT } from 'jose';
import type { AuthConfig } from '../config.ts';
import { SIGNING_ALG, type KeyRing } from './key-ring.ts';

export interface TokenIssuer {
  /** A signed access token for the user's session, and its lifetime in seconds: ACCESS_TOKEN_TTL, or `atMostSeconds` when shorter. */
  accessToken(userId: string, sessionId: string, atMostSeconds?: number): Promise<{ token: string; expiresIn: number }>;
  /** A signed admin token (token_use "admin") for the admin's session: the user-token verifier refuses it, and the admin one refuses access tokens. */
  adminToken(adminId: string, sessionId: string, ttlSeconds: number): Promise<{ token: string; expiresIn: number }>;
}

/**
 * Tokens carry exactly what packages/tokens verifies: sub, sid, token_use
 * ("access" or "admin"), iss, aud, iat, exp, and the signing key's kid.
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
    accessToken: (userId, sessionId, atMostSeconds = Infinity) =>
      sign(userId, { sid: sessionId, token_use: 'access' }, Math.min(config.accessTtlSeconds, atMostSeconds)),
    adminToken: (adminId, sessionId, ttlSeconds) => sign(adminId, { sid: sessionId, token_use: 'admin' }, ttlSeconds),
  };
}
