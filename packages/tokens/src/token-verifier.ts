import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { DomainError, unauthenticated } from '@chat/common';
import type { AuthClient } from '@chat/grpc';

/** What a verified access token says. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
  /** Expiry, in seconds since the epoch. */
  expiresAt: number;
}

/** What a verified admin token says. */
export interface AdminClaims {
  adminId: string;
  /** The admin session (auth.sessions, kind "admin"), ended by an admin logout. */
  sessionId: string;
  /** Expiry, in seconds since the epoch. */
  expiresAt: number;
}

export interface TokenVerifier {
  /** A user's access token (token_use "access"); an admin token is refused. */
  verify(token: string): Promise<AccessClaims>;
  /** An admin token (token_use "admin"); a user's access token is refused. */
  verifyAdmin(token: string): Promise<AdminClaims>;
  /**
   * Called with the sessions found revoked since the last poll, so whoever
   * holds long-lived connections (the router's sockets) can end theirs.
   */
  onRevoked(listener: (sessionIds: string[]) => void): void;
  close(): void;
}

type TokenUse = 'access' | 'admin';

/** Verified access tokens remembered until they expire. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Only asymmetric algorithms: `none` and HMAC tokens are refused before any key lookup. */
const ALGORITHMS = ['EdDSA', 'ES256', 'RS256'];

/**
 * Verifies access tokens locally against auth's public keys (no call to auth
 * per request). The key set is fetched over gRPC at start and refreshed
 * periodically, and at once when a token names a key id we do not know yet
 * (auth rotated its key), at most once per `minRefetchMs`.
 *
 * A session that ends before its tokens expire (logout, a blocked or
 * deleted user, an admin logout) is learnt by polling auth every
 * `revocationPollMs`: its tokens, access or admin, are refused from then on. While auth cannot be reached the last
 * list known stays in force.
 */
export async function createTokenVerifier(
  auth: Pick<AuthClient, 'GetJwks' | 'ListRevokedSessions'>,
  { refreshMs = 5 * 60_000, minRefetchMs = 10_000, revocationPollMs = 1000 } = {},
): Promise<TokenVerifier> {
  let state = await fetchKeysAtStart(auth);
  let lastFetch = Date.now();
  let revoked = new Set((await auth.ListRevokedSessions({})).session_ids);
  const listeners: ((sessionIds: string[]) => void)[] = [];
  const timer = setInterval(() => {
    fetchKeys(auth).then((s) => {
      state = s;
      lastFetch = Date.now();
    }, () => undefined);
  }, refreshMs);
  timer.unref();
  let polling = false;
  const revocationTimer = setInterval(() => {
    // A poll slower than the interval (auth busy) must not pile up behind itself.
    if (polling) return;
    polling = true;
    auth.ListRevokedSessions({}, { deadlineMs: Math.max(revocationPollMs * 5, 2000) }).then(
      ({ session_ids }) => {
        const fresh = session_ids.filter((id) => !revoked.has(id));
        revoked = new Set(session_ids);
        if (fresh.length > 0) for (const listener of listeners) listener(fresh);
      },
      () => undefined,
    ).finally(() => (polling = false));
  }, revocationPollMs);
  revocationTimer.unref();

  // Both kinds share keys, issuer and audience: token_use alone keeps one from passing for the other.
  async function verifyOnce(token: string, use: TokenUse): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, state.keys, {
      issuer: state.issuer,
      audience: state.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ['sub', 'exp'],
    });
    if (payload.token_use !== use) throw unauthenticated(use === 'access' ? 'not an access token' : 'not an admin token');
    // Both kinds belong to a session, which may end before the token expires.
    // (Admin tokens issued before admin sessions existed have no sid: refused, the admin logs in again.)
    if (typeof payload.sid !== 'string') throw unauthenticated(`${use === 'access' ? 'access' : 'admin'} token rejected: sid claim invalid`);
    if (revoked.has(payload.sid)) throw unauthenticated('session ended (logged out or blocked): log in again');
    return payload;
  }

  async function verifyAs(token: string, use: TokenUse): Promise<JWTPayload> {
    try {
      return await verifyOnce(token, use);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey && Date.now() - lastFetch > minRefetchMs) {
        lastFetch = Date.now();
        state = await fetchKeys(auth);
        return verifyOnce(token, use).catch((e: unknown) => Promise.reject(explain(e)));
      }
      throw explain(error);
    }
  }

  // A client sends the same access token with every request until it
  // renews: its signature is checked once (EdDSA through WebCrypto was the
  // gateway's largest cost per request), then the claims are reused until
  // the token expires. Only the revocation check runs again, every time.
  const verified = new Map<string, AccessClaims>();

  return {
    async verify(token: string) {
      const known = verified.get(token);
      if (known && known.expiresAt * 1000 > Date.now()) {
        if (revoked.has(known.sessionId)) throw unauthenticated('session ended (logged out or blocked): log in again');
        return { ...known };
      }
      verified.delete(token);
      const payload = await verifyAs(token, 'access');
      const claims = { userId: String(payload.sub), sessionId: String(payload.sid), expiresAt: Number(payload.exp) };
      // Oldest out first (a Map keeps insertion order): bounded, whoever sends tokens.
      if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
      verified.set(token, claims);
      return { ...claims };
    },
    async verifyAdmin(token: string) {
      const payload = await verifyAs(token, 'admin');
      return { adminId: String(payload.sub), sessionId: String(payload.sid), expiresAt: Number(payload.exp) };
    },
    onRevoked: (listener) => void listeners.push(listener),
    close: () => {
      clearInterval(timer);
      clearInterval(revocationTimer);
    },
  };
}

/**
 * Services start side by side (docker compose, pnpm start): auth may not be
 * serving yet, so the first fetch retries for a while before giving up.
 */
async function fetchKeysAtStart(auth: Pick<AuthClient, 'GetJwks'>, waitMs = 30_000) {
  const end = Date.now() + waitMs;
  for (;;) {
    try {
      return await fetchKeys(auth);
    } catch (error) {
      if (Date.now() > end || (error instanceof DomainError && error.code !== 'UNAVAILABLE')) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function fetchKeys(auth: Pick<AuthClient, 'GetJwks'>) {
  const jwks = await auth.GetJwks({});
  return {
    keys: createLocalJWKSet(JSON.parse(jwks.json) as JSONWebKeySet),
    issuer: jwks.issuer,
    audience: jwks.audience,
  };
}

/** A message that says why, without echoing the token. */
function explain(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof errors.JWTExpired) return unauthenticated('access token expired');
  if (error instanceof errors.JWTClaimValidationFailed) return unauthenticated(`access token rejected: ${error.claim} claim invalid`);
  if (error instanceof errors.JOSEAlgNotAllowed) return unauthenticated('access token rejected: algorithm not allowed');
  if (error instanceof errors.JWSSignatureVerificationFailed) return unauthenticated('access token rejected: bad signature');
  if (error instanceof errors.JWKSNoMatchingKey) return unauthenticated('access token rejected: unknown signing key');
  return unauthenticated('access token malformed');
}
