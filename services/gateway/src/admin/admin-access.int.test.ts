import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '@chat/common';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { httpTestClient, type HttpTestClient } from '@chat/testing/gateway/http-test-client.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { ADMIN_ENV, adminTestClient, type AdminTestClient } from '@chat/testing/gateway/admin-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let admin: AdminTestClient;
let users: HttpTestClient;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, ADMIN_ENV);
  admin = adminTestClient(stack.app);
  users = httpTestClient(stack.app);
  await admin.login();
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const ID = '00000000-0000-4000-8000-000000000000';

// Every admin API route, each with a body its schema would refuse: a check that ran
// after validation would answer 400 instead of the 401 expected.
const ROUTES: [method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string][] = [
  ['POST', '/admin/login'],
  ['GET', '/admin/users'],
  ['POST', '/admin/users'],
  ['PATCH', `/admin/users/${ID}`],
  ['DELETE', `/admin/users/${ID}`],
  ['GET', '/admin/rooms'],
  ['POST', '/admin/rooms'],
  ['GET', `/admin/rooms/${ID}`],
  ['DELETE', `/admin/rooms/${ID}`],
  ['PUT', `/admin/rooms/${ID}/participants`],
  ['DELETE', `/admin/rooms/${ID}/participants/${ID}`],
  ['GET', `/admin/rooms/${ID}/messages`],
  ['GET', `/admin/rooms/${ID}/events`],
  ['DELETE', `/admin/messages/${ID}`],
  ['GET', '/admin/audit'],
];
const SESSION_ROUTES = ROUTES.filter(([, url]) => url !== '/admin/login');
const BAD_BODY = { unexpected: true };

const unauthenticated = (message: string) => ({ error: { code: 'UNAUTHENTICATED', message } });

describe('the master key', () => {
  it.each(ROUTES)('%s %s without the masterkey header answers 401 before anything else', async (method, url) => {
    const res = await admin.request(method, url, { masterKey: null, payload: method === 'GET' || method === 'DELETE' ? undefined : BAD_BODY });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(unauthenticated('missing masterkey header'));
  });

  it.each(ROUTES)('%s %s with a wrong master key answers 401, even with a valid admin session', async (method, url) => {
    const res = await admin.request(method, url, { masterKey: 'M4ST3RK3Y', payload: method === 'GET' || method === 'DELETE' ? undefined : BAD_BODY });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(unauthenticated('wrong master key'));
  });

  it('is checked before the body is even parsed', async () => {
    const res = await stack.app.inject({
      method: 'POST',
      url: '/admin/rooms',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(unauthenticated('missing masterkey header'));
  });

  it('with the right key and a bad body, login answers 400 naming the field', async () => {
    const res = await admin.request('POST', '/admin/login', { token: null, payload: { email: 'root@example.com' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'password: is required' } });
  });
});

describe('the admin session', () => {
  it.each(SESSION_ROUTES)('%s %s without an admin token answers 401', async (method, url) => {
    const res = await admin.request(method, url, { token: null, payload: method === 'GET' || method === 'DELETE' ? undefined : BAD_BODY });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(
      unauthenticated('missing admin session: send Authorization: Bearer <token> from POST /admin/login'),
    );
  });

  it.each(SESSION_ROUTES)("%s %s refuses a user's access token with 401", async (method, url) => {
    const { accessToken } = await users.loggedIn();
    const res = await admin.request(method, url, { token: accessToken, payload: method === 'GET' || method === 'DELETE' ? undefined : BAD_BODY });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(unauthenticated('not an admin token'));
  });

  it('refuses a token that is not a JWT, and one whose signature was tampered with', async () => {
    expect((await admin.request('GET', '/admin/users', { token: 'garbage' })).statusCode).toBe(401);
    const token = await admin.login();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
    const res = await admin.request('GET', '/admin/users', { token: forged });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/^access token rejected/);
  });

  it('an admin token never acts as a user: user routes answer 401', async () => {
    const token = await admin.login();
    for (const url of ['/authentication/user', '/chat/rooms']) {
      const res = await stack.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(unauthenticated('not an access token'));
    }
  });
});

describe('POST /admin/login', () => {
  it('gives a token for the admin credentials from the environment', async () => {
    const res = await admin.request('POST', '/admin/login', { token: null, payload: { email: 'ROOT@example.com', password: ADMIN_ENV.ADMIN_PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ token: expect.any(String), expiresIn: 3600 });
    const users = await admin.request('GET', '/admin/users', { token: res.json().token });
    expect(users.statusCode).toBe(200);
  });

  it('answers a wrong password with 401 and an ordinary user with 403', async () => {
    const wrong = await admin.request('POST', '/admin/login', { token: null, payload: { email: ADMIN_ENV.ADMIN_EMAIL, password: 'wrong password' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unauthenticated('invalid email or password'));
    const user = await users.registered();
    const res = await admin.request('POST', '/admin/login', { token: null, payload: { email: user.email, password: user.password } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: { code: 'PERMISSION_DENIED', message: 'not an admin account' } });
  });
});

describe('admin sessions', () => {
  async function withDb<T>(fn: (db: Pool) => Promise<T>): Promise<T> {
    const db = createPool(env.databaseUrl, 1);
    try {
      return await fn(db);
    } finally {
      await db.end();
    }
  }

  it('POST /admin/logout ends the session: its token is refused from the next call, other sessions stay open', async () => {
    const token = await admin.login();
    const other = await admin.login();
    expect((await admin.request('GET', '/admin/users', { token })).statusCode).toBe(200);
    const res = await admin.request('POST', '/admin/logout', { token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'LoggedOut' });
    for (const [method, url] of SESSION_ROUTES) {
      const after = await admin.request(method, url, { token, payload: method === 'GET' || method === 'DELETE' ? undefined : BAD_BODY });
      expect(after.statusCode, `${method} ${url}`).toBe(401);
      // Auth says so at once; within about a second the gateway's verifier knows it too (its message then).
      expect(after.json().error).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/session ended/) });
    }
    expect((await admin.request('GET', '/admin/users', { token: other })).statusCode).toBe(200);
  });

  it('refuses at once the session of an admin blocked or no longer an admin, even one changed by hand in the database', async () => {
    const token = await admin.login();
    const { sub } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string };
    await withDb((db) => db.query('UPDATE auth.users SET blocked = true WHERE id = $1', [sub]));
    try {
      const res = await admin.request('GET', '/admin/users', { token });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/session ended/) });
    } finally {
      await withDb((db) => db.query('UPDATE auth.users SET blocked = false WHERE id = $1', [sub]));
    }
    const fresh = await admin.login();
    await withDb((db) => db.query('UPDATE auth.users SET is_admin = false WHERE id = $1', [sub]));
    try {
      expect((await admin.request('GET', '/admin/audit', { token: fresh })).statusCode).toBe(401);
    } finally {
      await withDb((db) => db.query('UPDATE auth.users SET is_admin = true WHERE id = $1', [sub]));
    }
    await admin.login();
  });

  it('gives tokens that live an hour and name their session', async () => {
    const token = await admin.login();
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number; iat: number; sid: string; token_use: string };
    expect(claims.exp - claims.iat).toBe(3600);
    expect(claims).toMatchObject({ token_use: 'admin', sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });
});

describe('the user login and the admin login', () => {
  it("answers the admin's credentials at the user login exactly as a wrong password", async () => {
    const right = await users.post('/authentication/local', { email: ADMIN_ENV.ADMIN_EMAIL, password: ADMIN_ENV.ADMIN_PASSWORD });
    const wrong = await users.post('/authentication/local', { email: ADMIN_ENV.ADMIN_EMAIL, password: 'not the password' });
    expect(right.statusCode).toBe(401);
    expect(right.body).toBe(wrong.body);
    expect(right.json()).toEqual(unauthenticated('invalid email or password'));
  });

  it("cannot be used to lock the admin out: 11 wrong passwords for the admin's email at /authentication/local leave /admin/login open", async () => {
    const attacker = users.nextIp();
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await users.post('/authentication/local', { email: ADMIN_ENV.ADMIN_EMAIL, password: `guess ${i}` }, {}, attacker)).statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
    const res = await stack.app.inject({
      method: 'POST',
      url: '/admin/login',
      remoteAddress: attacker,
      headers: { masterkey: ADMIN_ENV.MASTER_KEY },
      payload: { email: ADMIN_ENV.ADMIN_EMAIL, password: ADMIN_ENV.ADMIN_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
  });
});
