import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '@chat/common';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { httpTestClient, type HttpTestClient } from '@chat/testing/gateway/http-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let c: HttpTestClient;
const BODY_LIMIT = 4096;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, {
    AUTH_LOGIN_MAX_FAILURES_PER_EMAIL: '3',
    AUTH_LOGIN_MAX_FAILURES_PER_IP: '5',
    AUTH_LOGIN_FAILURE_WINDOW: '120',
    GATEWAY_REGISTER_RATE_LIMIT: '3',
    GATEWAY_BODY_LIMIT: String(BODY_LIMIT),
  });
  c = httpTestClient(stack.app);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

describe('the authentication flow', () => {
  it('registers, logs in, reads the user, renews and logs out with the tutorial peers\' shapes', async () => {
    const reg = await c.post('/authentication/local/new', { email: 'Flow@Example.com', password: 'correct horse' });
    expect(reg.statusCode).toBe(200);
    const { user } = reg.json();
    // The tutorial peers' fields, plus the profile (an addition): the name defaults to the email's local part.
    expect(Object.keys(user).sort()).toEqual(['_id', 'avatarUrl', 'createdAt', 'displayName', 'email', 'updatedAt']);
    expect(user.email).toBe('flow@example.com');
    expect(user).toMatchObject({ displayName: 'flow', avatarUrl: null });

    const login = await c.post('/authentication/local', { email: 'flow@example.com', password: 'correct horse' });
    expect(login.statusCode).toBe(200);
    const session = login.json();
    expect(Object.keys(session).sort()).toEqual(['accessToken', 'refreshToken', 'userId']);
    expect(session.userId).toBe(user._id);

    const me = await c.whoAmI(`Bearer ${session.accessToken}`);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(user);

    const renew = await c.post('/authentication/renew', { refreshToken: session.refreshToken });
    expect(renew.statusCode).toBe(200);
    const renewed = renew.json();
    expect(Object.keys(renewed).sort()).toEqual(['accessToken', 'refreshToken']);
    expect((await c.whoAmI(`Bearer ${renewed.accessToken}`)).json()).toEqual(user);

    // As curl --data-raw '' sends it: a JSON content-type and no body at all.
    const logout = await stack.app.inject({
      method: 'POST',
      url: '/authentication/logout',
      headers: { authorization: `Bearer ${renewed.accessToken}`, 'content-type': 'application/json' },
      payload: '',
    });
    expect(logout.statusCode).toBe(200);
    expect(logout.json()).toEqual({ result: 'LoggedOut' });

    const after = await c.post('/authentication/renew', { refreshToken: renewed.refreshToken });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'session revoked, log in again' } });
  });

  it('accepts the token written in quotes with a trailing space, and ignores the masterkey header', async () => {
    const { accessToken, userId } = await c.loggedIn();
    const res = await c.whoAmI(`Bearer "${accessToken}" `, { masterkey: 'M4ST3RK3Y' });
    expect(res.statusCode).toBe(200);
    expect(res.json()._id).toBe(userId);
  });

  it('answers an email registered twice with 409', async () => {
    const { email } = await c.registered();
    const res = await c.post('/authentication/local/new', { email: email.toUpperCase(), password: 'another password' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: { code: 'ALREADY_EXISTS', message: 'email is already registered' } });
  });

  it('answers a wrong password and an unknown email with the same 401 body', async () => {
    const { email } = await c.registered();
    const wrong = await c.post('/authentication/local', { email, password: 'wrong password' });
    const unknown = await c.post('/authentication/local', { email: 'nobody@example.com', password: 'wrong password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'invalid email or password' } });
    expect(unknown.body).toBe(wrong.body);
  });
});

describe('bad input', () => {
  const register = (payload: unknown, headers: Record<string, string> = {}) => c.post('/authentication/local/new', payload, headers);

  it.each([
    ['a malformed email', { email: 'not-an-email', password: 'correct horse' }, /^email: must match format "email"$/],
    ['an empty password', { email: 'empty@example.com', password: '' }, /^password must be 8 to 128 characters long$/],
    ['a password over 128 characters', { email: 'long@example.com', password: 'x'.repeat(129) }, /^password must be 8 to 128 characters long$/],
    ['a missing password', { email: 'missing@example.com' }, /^password: is required$/],
    ['a missing email', { password: 'correct horse' }, /^email: is required$/],
    ['a password that is not a string', { email: 'type@example.com', password: { $ne: 1 } }, /^password: must be string$/],
    ['one of the most common passwords', { email: 'common@example.com', password: 'Password123' }, /^password is one of the 10,000 most common passwords, which are guessed first: choose another$/],
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

describe('refresh tokens', () => {
  it('revokes the session when a used refresh token is presented again: the newest one stops working too', async () => {
    const { refreshToken: first, accessToken } = await c.loggedIn();
    const second = (await c.post('/authentication/renew', { refreshToken: first })).json().refreshToken as string;

    const reuse = await c.post('/authentication/renew', { refreshToken: first });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.message).toBe('refresh token already used: session revoked, log in again');

    const newest = await c.post('/authentication/renew', { refreshToken: second });
    expect(newest.statusCode).toBe(401);
    expect(newest.json().error.message).toBe('session revoked, log in again');
    // The access token is verified locally, but the session's end reaches the verifier within about a second.
    await waitFor('the revoked session\'s access token to be refused', async () => ((await c.whoAmI(`Bearer ${accessToken}`)).statusCode === 401 ? true : undefined));
  });

  it('makes the refresh token useless after logout', async () => {
    const { refreshToken, accessToken } = await c.loggedIn();
    expect((await c.post('/authentication/logout', undefined, { authorization: `Bearer ${accessToken}` })).statusCode).toBe(200);
    const res = await c.post('/authentication/renew', { refreshToken });
    expect(res.statusCode).toBe(401);
  });

  it('answers a made-up refresh token with 401 and a missing one with 400', async () => {
    expect((await c.post('/authentication/renew', { refreshToken: 'made-up' })).json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'invalid refresh token' },
    });
    const missing = await c.post('/authentication/renew', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe('refreshToken: is required');
  });
});

describe('brute force', () => {
  it('answers 429 with Retry-After once an account has 3 failed logins, even from other addresses and with the right password', async () => {
    const { email, password } = await c.registered();
    for (let i = 0; i < 3; i++) expect((await c.post('/authentication/local', { email, password: 'wrong password' })).statusCode).toBe(401);
    const res = await c.post('/authentication/local', { email, password });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RESOURCE_EXHAUSTED');
    expect(res.json().error.message).toMatch(/too many failed logins for this account/);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
  });

  it('answers 429 with Retry-After once an address has 5 failed logins across accounts; other addresses are unaffected', async () => {
    const attacker = c.nextIp();
    const victim = await c.registered();
    for (let i = 0; i < 5; i++) {
      await c.post('/authentication/local', { email: `target${i}@example.com`, password: 'wrong password' }, {}, attacker);
    }
    const res = await c.post('/authentication/local', { email: victim.email, password: victim.password }, {}, attacker);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/too many failed logins from this address/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await c.post('/authentication/local', { email: victim.email, password: victim.password })).statusCode).toBe(200);
  });

  it('answers 429 with Retry-After to a fourth registration from one address within a minute', async () => {
    const ip = c.nextIp();
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await c.post('/authentication/local/new', { email: `burst${i}@example.com`, password: 'correct horse' }, {}, ip)).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await c.post('/authentication/local/new', { email: 'burst9@example.com', password: 'correct horse' }, {}, ip);
    expect(res.json().error.code).toBe('RESOURCE_EXHAUSTED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('internal errors', () => {
  it('answer 500 with an error id and never a stack or SQL', async () => {
    const db = createPool(env.databaseUrl, 1);
    await db.query('ALTER TABLE auth.users RENAME TO users_away');
    try {
      const res = await c.post('/authentication/local/new', { email: 'broken@example.com', password: 'correct horse' });
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
