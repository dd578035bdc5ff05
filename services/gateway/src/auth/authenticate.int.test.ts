import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey } from 'jose';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { httpTestClient, type HttpTestClient } from '@chat/testing/gateway/http-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let c: HttpTestClient;
let signingKey: CryptoKey;

beforeAll(async () => {
  env = await createTestEnv();
  // The test holds auth's signing key, so it can forge tokens that differ from real ones in one claim.
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  signingKey = pair.privateKey;
  stack = await startTestStack(env, { AUTH_SIGNING_KEY: JSON.stringify({ ...(await exportJWK(pair.privateKey)), kid: 'test-key' }) });
  c = httpTestClient(stack.app);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

describe('access tokens', () => {
  async function forge(claims: Record<string, unknown>, { kid = 'test-key', key = signingKey } = {}) {
    const { userId } = await c.loggedIn();
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sub: userId, sid: '00000000-0000-4000-8000-000000000000', token_use: 'access', ...claims })
      .setProtectedHeader({ alg: 'EdDSA', kid })
      .setIssuedAt(now)
      .setIssuer((claims.iss as string) ?? 'chat-auth')
      .setAudience((claims.aud as string) ?? 'chat')
      .setExpirationTime((claims.exp as number) ?? now + 60)
      .sign(key);
  }

  it('accepts a token forged here with the right key and claims, so the rejections below are about one claim each', async () => {
    const res = await c.whoAmI(`Bearer ${await forge({})}`);
    expect(res.statusCode).toBe(200);
  });

  it.each([
    ['an expired token', () => forge({ exp: Math.floor(Date.now() / 1000) - 10 }), 'access token expired'],
    ['a token for another audience', () => forge({ aud: 'someone-else' }), 'access token rejected: aud claim invalid'],
    ['a token from another issuer', () => forge({ iss: 'someone-else' }), 'access token rejected: iss claim invalid'],
    ['a refresh-use token', () => forge({ token_use: 'refresh' }), 'not an access token'],
    [
      'a token signed by a key auth never had',
      async () => forge({}, { kid: 'test-key', key: (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey }),
      'access token rejected: bad signature',
    ],
    [
      'a token with alg "none"',
      async () => new UnsecuredJWT({ sub: (await c.loggedIn()).userId, sid: 'x', token_use: 'access' }).setIssuer('chat-auth').setAudience('chat').setExpirationTime('5m').encode(),
      'access token rejected: algorithm not allowed',
    ],
    [
      'a tampered token (payload changed, signature kept)',
      async () => {
        const [header, payload, signature] = (await c.loggedIn()).accessToken.split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
        claims.sub = (await c.registered()).id;
        return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
      },
      'access token rejected: bad signature',
    ],
    ['garbage', async () => 'not.a.token', 'access token malformed'],
  ])('rejects %s with 401 saying why', async (_what, token, message) => {
    const res = await c.whoAmI(`Bearer ${await token()}`);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message } });
  });

  it('rejects a request without a token with 401 saying how to send one', async () => {
    const res = await c.whoAmI();
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('missing access token: send Authorization: Bearer <accessToken>');
    const logout = await c.post('/authentication/logout', undefined, { authorization: 'Bearer ' });
    expect(logout.statusCode).toBe(401);
    expect(logout.json().error.message).toMatch(/^missing access token/);
  });
});
