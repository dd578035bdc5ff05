import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey } from 'jose';
import { createPool } from '@chat/common';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '../test-stack.ts';

let env: TestEnv;
let stack: TestStack;
let signingKey: CryptoKey;
const BODY_LIMIT = 4096;

beforeAll(async () => {
  env = await createTestEnv();
  // The test holds auth's signing key, so it can forge tokens that differ from real ones in one claim.
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  signingKey = pair.privateKey;
  stack = await startTestStack(env, {
    AUTH_SIGNING_KEY: JSON.stringify({ ...(await exportJWK(pair.privateKey)), kid: 'test-key' }),
    AUTH_LOGIN_MAX_FAILURES_PER_EMAIL: '3',
    AUTH_LOGIN_MAX_FAILURES_PER_IP: '5',
    AUTH_LOGIN_FAILURE_WINDOW: '120',
    GATEWAY_REGISTER_RATE_LIMIT: '3',
    GATEWAY_BODY_LIMIT: String(BODY_LIMIT),
  });
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

// Each caller its own address, so the per-IP limits of one test do not reach another.
let clients = 0;
const nextIp = () => `10.20.${Math.floor(++clients / 250)}.${(clients % 250) + 1}`;

function post(url: string, payload: unknown, headers: Record<string, string> = {}, remoteAddress = nextIp()) {
  return stack.app.inject({ method: 'POST', url, payload: payload as object, headers, remoteAddress });
}

let users = 0;
async function registered() {
  const email = `user${++users}@example.com`;
  const password = 'correct horse';
  const res = await post('/authentication/local/new', { email, password });
  expect(res.statusCode).toBe(200);
  return { email, password, id: res.json().user._id as string };
}

async function loggedIn() {
  const user = await registered();
  const res = await post('/authentication/local', { email: user.email, password: user.password });
  expect(res.statusCode).toBe(200);
  return { ...user, ...(res.json() as { userId: string; accessToken: string; refreshToken: string }) };
}

const whoAmI = (authorization?: string, extra: Record<string, string> = {}) =>
  stack.app.inject({ method: 'GET', url: '/authentication/user', headers: { ...(authorization ? { authorization } : {}), ...extra } });

describe('the authentication flow', () => {
  it('registers, logs in, reads the user, renews and logs out with the tutorial peers\' shapes', async () => {
    const reg = await post('/authentication/local/new', { email: 'Flow@Example.com', password: 'correct horse' });
    expect(reg.statusCode).toBe(200);
    const { user } = reg.json();
    expect(Object.keys(user).sort()).toEqual(['_id', 'createdAt', 'email', 'updatedAt']);
    expect(user.email).toBe('flow@example.com');

    const login = await post('/authentication/local', { email: 'flow@example.com', password: 'correct horse' });
    expect(login.statusCode).toBe(200);
    const session = login.json();
    expect(Object.keys(session).sort()).toEqual(['accessToken', 'refreshToken', 'userId']);
    expect(session.userId).toBe(user._id);

    const me = await whoAmI(`Bearer ${session.accessToken}`);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(user);

    const renew = await post('/authentication/renew', { refreshToken: session.refreshToken });
    expect(renew.statusCode).toBe(200);
    const renewed = renew.json();
    expect(Object.keys(renewed).sort()).toEqual(['accessToken', 'refreshToken']);
    expect((await whoAmI(`Bearer ${renewed.accessToken}`)).json()).toEqual(user);

    // As curl --data-raw '' sends it: a JSON content-type and no body at all.
    const logout = await stack.app.inject({
      method: 'POST',
      url: '/authentication/logout',
      headers: { authorization: `Bearer ${renewed.accessToken}`, 'content-type': 'application/json' },
      payload: '',
    });
    expect(logout.statusCode).toBe(200);
    expect(logout.json()).toEqual({ result: 'LoggedOut' });

    const after = await post('/authentication/renew', { refreshToken: renewed.refreshToken });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'session revoked, log in again' } });
  });

  it('accepts the token written in quotes with a trailing space, and ignores the masterkey header', async () => {
    const { accessToken, userId } = await loggedIn();
    const res = await whoAmI(`Bearer "${accessToken}" `, { masterkey: 'M4ST3RK3Y' });
    expect(res.statusCode).toBe(200);
    expect(res.json()._id).toBe(userId);
  });

  it('answers an email registered twice with 409', async () => {
    const { email } = await registered();
    const res = await post('/authentication/local/new', { email: email.toUpperCase(), password: 'another password' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: { code: 'ALREADY_EXISTS', message: 'email is already registered' } });
  });

  it('answers a wrong password and an unknown email with the same 401 body', async () => {
    const { email } = await registered();
    const wrong = await post('/authentication/local', { email, password: 'wrong password' });
    const unknown = await post('/authentication/local', { email: 'nobody@example.com', password: 'wrong password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'invalid email or password' } });
    expect(unknown.body).toBe(wrong.body);
  });
});

describe('bad input', () => {
  const register = (payload: unknown, headers: Record<string, string> = {}) => post('/authentication/local/new', payload, headers);

  it.each([
    ['a malformed email', { email: 'not-an-email', password: 'correct horse' }, /^email: must match format "email"$/],
    ['an empty password', { email: 'empty@example.com', password: '' }, /^password must be 8 to 128 characters long$/],
    ['a password over 128 characters', { email: 'long@example.com', password: 'x'.repeat(129) }, /^password must be 8 to 128 characters long$/],
    ['a missing password', { email: 'missing@example.com' }, /^password: is required$/],
    ['a missing email', { password: 'correct horse' }, /^email: is required$/],
    ['a password that is not a string', { email: 'type@example.com', password: { $ne: 1 } }, /^password: must be string$/],
  ])('answers %s with 400 naming the field', async (_what, payload, message) => {
    const res = await register(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_ARGUMENT');
    expect(res.json().error.message).toMatch(message);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await register('{"email": "a@example.com", "password": ', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'body is not valid JSON' } });
  });

  it('answers a missing body with 400', async () => {
    const res = await register('', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('body: must be a JSON object');
  });

  it('answers a body over GATEWAY_BODY_LIMIT with 413', async () => {
    const res = await register({ email: 'big@example.com', password: 'x'.repeat(BODY_LIMIT) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: `request body is larger than ${BODY_LIMIT} bytes` },
    });
  });

  it('answers a body that is not JSON at all (text/plain) with 415', async () => {
    const res = await register('email=a@example.com', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unknown route with 404 in the same shape', async () => {
    const res = await stack.app.inject({ method: 'GET', url: '/authentication/nope?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no route GET /authentication/nope' } });
  });
});

describe('access tokens', () => {
  async function forge(claims: Record<string, unknown>, { kid = 'test-key', key = signingKey } = {}) {
    const { userId } = await loggedIn();
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
    const res = await whoAmI(`Bearer ${await forge({})}`);
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
      async () => new UnsecuredJWT({ sub: (await loggedIn()).userId, sid: 'x', token_use: 'access' }).setIssuer('chat-auth').setAudience('chat').setExpirationTime('5m').encode(),
      'access token rejected: algorithm not allowed',
    ],
    [
      'a tampered token (payload changed, signature kept)',
      async () => {
        const [header, payload, signature] = (await loggedIn()).accessToken.split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
        claims.sub = (await registered()).id;
        return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
      },
      'access token rejected: bad signature',
    ],
    ['garbage', async () => 'not.a.token', 'access token malformed'],
  ])('rejects %s with 401 saying why', async (_what, token, message) => {
    const res = await whoAmI(`Bearer ${await token()}`);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message } });
  });

  it('rejects a request without a token with 401 saying how to send one', async () => {
    const res = await whoAmI();
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('missing access token: send Authorization: Bearer <accessToken>');
    const logout = await post('/authentication/logout', undefined, { authorization: 'Bearer ' });
    expect(logout.statusCode).toBe(401);
  });
});

describe('refresh tokens', () => {
  it('revokes the session when a used refresh token is presented again: the newest one stops working too', async () => {
    const { refreshToken: first, accessToken } = await loggedIn();
    const second = (await post('/authentication/renew', { refreshToken: first })).json().refreshToken as string;

    const reuse = await post('/authentication/renew', { refreshToken: first });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.message).toBe('refresh token already used: session revoked, log in again');

    const newest = await post('/authentication/renew', { refreshToken: second });
    expect(newest.statusCode).toBe(401);
    expect(newest.json().error.message).toBe('session revoked, log in again');
    // The access token lives on until it expires (verified locally, by design), but cannot be renewed.
    expect((await whoAmI(`Bearer ${accessToken}`)).statusCode).toBe(200);
  });

  it('makes the refresh token useless after logout', async () => {
    const { refreshToken, accessToken } = await loggedIn();
    expect((await post('/authentication/logout', undefined, { authorization: `Bearer ${accessToken}` })).statusCode).toBe(200);
    const res = await post('/authentication/renew', { refreshToken });
    expect(res.statusCode).toBe(401);
  });

  it('answers a made-up refresh token with 401 and a missing one with 400', async () => {
    expect((await post('/authentication/renew', { refreshToken: 'made-up' })).json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'invalid refresh token' },
    });
    const missing = await post('/authentication/renew', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe('refreshToken: is required');
  });
});

describe('brute force', () => {
  it('answers 429 with Retry-After once an account has 3 failed logins, even from other addresses and with the right password', async () => {
    const { email, password } = await registered();
    for (let i = 0; i < 3; i++) expect((await post('/authentication/local', { email, password: 'wrong password' })).statusCode).toBe(401);
    const res = await post('/authentication/local', { email, password });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RESOURCE_EXHAUSTED');
    expect(res.json().error.message).toMatch(/too many failed logins for this account/);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
  });

  it('answers 429 with Retry-After once an address has 5 failed logins across accounts; other addresses are unaffected', async () => {
    const attacker = nextIp();
    const victim = await registered();
    for (let i = 0; i < 5; i++) {
      await post('/authentication/local', { email: `target${i}@example.com`, password: 'wrong password' }, {}, attacker);
    }
    const res = await post('/authentication/local', { email: victim.email, password: victim.password }, {}, attacker);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/too many failed logins from this address/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post('/authentication/local', { email: victim.email, password: victim.password })).statusCode).toBe(200);
  });

  it('answers 429 with Retry-After to a fourth registration from one address within a minute', async () => {
    const ip = nextIp();
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await post('/authentication/local/new', { email: `burst${i}@example.com`, password: 'correct horse' }, {}, ip)).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await post('/authentication/local/new', { email: 'burst9@example.com', password: 'correct horse' }, {}, ip);
    expect(res.json().error.code).toBe('RESOURCE_EXHAUSTED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('internal errors', () => {
  it('answer 500 with an error id and never a stack or SQL', async () => {
    const db = createPool(env.databaseUrl, 1);
    await db.query('ALTER TABLE auth.users RENAME TO users_away');
    try {
      const res = await post('/authentication/local/new', { email: 'broken@example.com', password: 'correct horse' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: expect.stringMatching(/^internal error \(id [0-9a-f-]{36}\)$/) } });
      expect(res.body).not.toMatch(/users_away|auth\.users|relation|INSERT|SELECT|\bat \w+ \(|\.ts:\d+/);
    } finally {
      await db.query('ALTER TABLE auth.users_away RENAME TO users');
      await db.end();
    }
  });
});

describe('openapi', () => {
  it('describes the authentication routes at /openapi.json', async () => {
    const res = await stack.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining(['/authentication/local/new', '/authentication/local', '/authentication/renew', '/authentication/logout', '/authentication/user', '/health']),
    );
  });
});
