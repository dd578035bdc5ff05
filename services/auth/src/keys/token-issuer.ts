import { SignJWT } from 'jose';
import type { AuthConfig } from '../config.ts';
import { SIGNING_ALG, type KeyRing } from './key-ring.ts';

export interface TokenIssuer {
  /** A signed access token for the user's session, and its lifetime in seconds. */
  accessToken(userId: string, sessionId: string): Promise<{ token: string; expiresIn: number }>;
}

/**
 * Access tokens carry exactly what packages/tokens verifies: sub, sid,
 * token_use "access", iss, aud, iat, exp, and the signing key's kid.
 */
export function createTokenIssuer(keys: KeyRing, config: Pick<AuthConfig['tokens'], 'issuer' | 'audience' | 'accessTtlSeconds'>): TokenIssuer {
  return {
    async accessToken(userId, sessionId) {
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ sid: sessionId, token_use: 'access' })
        .setProtectedHeader({ alg: SIGNING_ALG, kid: keys.kid, typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(config.issuer)
        .setAudience(config.audience)
        .setIssuedAt(now)
        .setExpirationTime(now + config.accessTtlSeconds)
        .sign(keys.privateKey);
      return { token, expiresIn: config.accessTtlSeconds };
    },
  };
}
