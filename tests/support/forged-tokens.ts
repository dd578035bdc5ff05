import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** An Ed25519 key the test owns: passed to auth as AUTH_SIGNING_KEY, it lets the test sign tokens auth never issued. */
export interface TestSigningKey {
  kid: string;
  key: KeyObject;
  /** AUTH_SIGNING_KEY's value. */
  env: string;
}

export function newSigningKey(kid: string): TestSigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { kid, key: privateKey, env: JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid }) };
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWS; without a key, the unsigned form `alg: none` tokens take. */
export function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, key?: KeyObject): string {
  const input = `${encode(header)}.${encode(payload)}`;
  return `${input}.${key ? sign(null, Buffer.from(input), key).toString('base64url') : ''}`;
}

export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
}

/**
 * The forgeries every verifier must refuse, made from a genuine token's
 * claims: the same subject, session and audience, so only the one thing
 * named is wrong.
 */
export function forgeriesOf(genuine: string, signing: TestSigningKey): Record<'expired' | 'wrong signature' | 'alg none', string> {
  const claims = claimsOf(genuine);
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'EdDSA', kid: signing.kid, typ: 'JWT' };
  return {
    expired: signJwt(header, { ...claims, iat: now - 7200, exp: now - 3600 }, signing.key),
    'wrong signature': signJwt(header, claims, newSigningKey(signing.kid).key),
    'alg none': signJwt({ alg: 'none', typ: 'JWT' }, claims),
  };
}
