import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';
import { ConfigError, type Logger, type Pool } from '@chat/common';
import type { Ed25519PrivateJwk } from '../config.ts';
import { SigningKeyStore, type StoredKey } from './signing-key-store.ts';

export const SIGNING_ALG = 'EdDSA';

/** The key that signs access tokens now, and the public keys verifiers may meet. */
export interface KeyRing {
  kid: string;
  privateKey: CryptoKey;
  jwks: { keys: JWK[] };
}

/**
 * AUTH_SIGNING_KEY when set; otherwise (development and test only, config
 * refuses production) a key generated once and stored, so tokens survive a
 * restart and every replica signs with the same key.
 */
export async function loadKeyRing(signingKey: Ed25519PrivateJwk | undefined, pool: Pool, log: Logger): Promise<KeyRing> {
  if (signingKey) {
    const key = await fromJwk(signingKey);
    // WebCrypto's import also refuses a JWK whose "x" belongs to another key,
    // which would otherwise sign tokens nobody can verify.
    const privateKey = await importPrivate(key).catch(() => {
      throw new ConfigError('AUTH_SIGNING_KEY: not a usable Ed25519 private key ("x" and "d" must be one key pair)');
    });
    return { kid: key.kid, privateKey, jwks: { keys: [key.publicJwk] } };
  }
  log.warn('AUTH_SIGNING_KEY is not set: signing with a key generated and stored in auth.signing_keys (never do this in production)');
  const store = new SigningKeyStore(pool);
  const key = await store.newestOrCreate(generateKey);
  return { kid: key.kid, privateKey: await importPrivate(key), jwks: { keys: await store.listActivePublic() } };
}

async function generateKey(): Promise<StoredKey> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { crv: 'Ed25519', extractable: true });
  return fromJwk(await exportJWK(privateKey));
}

/** The kid defaults to the RFC 7638 thumbprint: stable for the same key on every replica. */
async function fromJwk(jwk: JWK): Promise<StoredKey> {
  const { kty, crv, x, d } = jwk;
  const publicPart = { kty, crv, x };
  const kid = jwk.kid ?? (await calculateJwkThumbprint(publicPart));
  return {
    kid,
    privateJwk: { kty, crv, x, d, kid },
    publicJwk: { ...publicPart, kid, alg: SIGNING_ALG, use: 'sig' },
  };
}

async function importPrivate(key: StoredKey): Promise<CryptoKey> {
  const imported = await importJWK(key.privateJwk, SIGNING_ALG);
  // importJWK returns raw bytes only for symmetric ("oct") keys, which we never store.
  if (imported instanceof Uint8Array) throw new Error('signing key is not an asymmetric key');
  return imported;
}
