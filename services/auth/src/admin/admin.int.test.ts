import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { loadAuthConfig } from '../config.ts';
import { start } from '../start.ts';
import { startTestAuth, type TestAuth } from '@chat/testing/auth/test-auth.ts';

const ADMIN = { ADMIN_EMAIL: 'Root@Example.com', ADMIN_PASSWORD: 'admin secret' };

let env: TestEnv;
let auth: TestAuth;
let db: pg.Client;

beforeAll(async () => {
  env = await createTestEnv();
  auth = await startTestAuth(env, ADMIN);
  db = new pg.Client({ connectionString: env.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await auth?.close();
  await env?.cleanup();
});

const login = (email: string, password: string) => auth.client.Login({ email, password, client_ip: '' });
const adminLogin = (email = ADMIN.ADMIN_EMAIL, password = ADMIN.ADMIN_PASSWORD) =>
  auth.client.AdminLogin({ email, password, client_ip: '' });
let registered = 0;
const register = (prefix = 'user') => auth.client.Register({ email: `${prefix}${++registered}@example.com`, password: 'correct horse' });

describe('the first admin', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD once, whatever the number of starts', async () => {
    const again = await startTestAuth(env, ADMIN);
    await again.close();
    const { rows } = await db.query('SELECT email, is_admin, password_hash FROM auth.users WHERE is_admin');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'root@example.com', is_admin: true });
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('signs in with a changed ADMIN_PASSWORD after a restart, and no longer with the old one', async () => {
    const changed = await startTestAuth(env, { ...ADMIN, ADMIN_PASSWORD: 'a new secret' });
    try {
      await expect(changed.client.AdminLogin({ email: ADMIN.ADMIN_EMAIL, password: 'a new secret', client_ip: '' })).resolves.toMatchObject({
        expires_in: 3600,
      });
      await expect(changed.client.AdminLogin({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD, client_ip: '' })).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    } finally {
      await changed.close();
    }
    // Back to the password the rest of this file uses.
    await (await startTestAuth(env, ADMIN)).close();
  });

  it('refuses to start when ADMIN_EMAIL belongs to an ordinary user, rather than promoting them', async () => {
    const user = await register('taken');
    await expect(start(loadAuthConfig({ ...env.env, AUTH_GRPC_PORT: '0', ADMIN_EMAIL: user.email }))).rejects.toThrow(
      `ADMIN_EMAIL: ${user.email} belongs to an ordinary user account`,
    );
    const { rows } = await db.query('SELECT is_admin FROM auth.users WHERE id = $1', [user.id]);
    expect(rows[0].is_admin).toBe(false);
  });
});

describe('AdminLogin', () => {
  it('gives an admin token for an admin session: token_use "admin", the admin as subject, the session as sid, an hour at most', async () => {
    const session = await adminLogin();
    const jwks = await auth.client.GetJwks({});
    const { payload } = await jwtVerify(session.token, createLocalJWKSet(JSON.parse(jwks.json) as JSONWebKeySet), {
      issuer: jwks.issuer,
      audience: jwks.audience,
    });
    expect(payload).toMatchObject({ token_use: 'admin', sub: session.admin_id, sid: session.session_id });
    expect(payload.exp! - payload.iat!).toBe(3600);
    const { rows } = await db.query('SELECT user_id, kind, revoked_at FROM auth.sessions WHERE id = $1', [session.session_id]);
    expect(rows).toMatchObject([{ user_id: session.admin_id, kind: 'admin', revoked_at: null }]);
    const refresh = await db.query('SELECT 1 FROM auth.refresh_tokens WHERE session_id = $1', [session.session_id]);
    expect(refresh.rows).toHaveLength(0);
  });

  it('answers a wrong password as Login does, and refuses an ordinary user who knows their password', async () => {
    await expect(adminLogin(ADMIN.ADMIN_EMAIL, 'wrong password')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'invalid email or password',
    });
    await expect(adminLogin('nobody@example.com', 'wrong password')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'invalid email or password',
    });
    const user = await register();
    await expect(adminLogin(user.email, 'correct horse')).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: 'not an admin account' });
  });

  it('leaves user logins of ordinary users alone: their access token is not an admin token', async () => {
    const user = await register();
    const { access_token } = await login(user.email, 'correct horse');
    expect(decodeJwt(access_token).token_use).toBe('access');
  });
});

describe('the user login and the admin login are apart', () => {
  const wrongPassword = { code: 'UNAUTHENTICATED', message: 'invalid email or password' };

  it("answers the admin's email at the user login exactly as a wrong password, even with the right password", async () => {
    const right = await login(ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD).catch((e: unknown) => e);
    const wrong = await login(ADMIN.ADMIN_EMAIL, 'not the password').catch((e: unknown) => e);
    const nobody = await login('no-such-admin@example.com', ADMIN.ADMIN_PASSWORD).catch((e: unknown) => e);
    for (const answer of [right, wrong, nobody]) expect(answer).toMatchObject(wrongPassword);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM auth.sessions s JOIN auth.users u ON u.id = s.user_id WHERE u.is_admin AND s.kind = 'user'`);
    expect(rows[0].n).toBe(0);
  });

  it('is not locked out by 11 wrong passwords for the admin email at the user login, from one address or many', async () => {
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await auth.client.Login({ email: ADMIN.ADMIN_EMAIL, password: `guess ${i}`, client_ip: `203.0.113.${i % 2}` }).catch((e: unknown) => e));
    // Locked at the user login (where the admin has no account anyway), after the 10 failures allowed.
    expect(answers[0]).toMatchObject(wrongPassword);
    expect(answers[10]).toMatchObject({ code: 'RESOURCE_EXHAUSTED', message: expect.stringMatching(/too many failed logins for this account/) });
    // The attacker's own address, too: the admin login counts apart.
    await expect(auth.client.AdminLogin({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD, client_ip: '203.0.113.0' })).resolves.toMatchObject({
      expires_in: 3600,
    });
  });

  it('does not let failed admin logins lock an account out of the user login either', async () => {
    const user = await register();
    for (let i = 0; i < 11; i++) await auth.client.AdminLogin({ email: user.email, password: `guess ${i}`, client_ip: '203.0.113.9' }).catch(() => undefined);
    await expect(auth.client.AdminLogin({ email: user.email, password: 'correct horse', client_ip: '203.0.113.9' })).rejects.toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
    });
    await expect(auth.client.Login({ email: user.email, password: 'correct horse', client_ip: '203.0.113.9' })).resolves.toMatchObject({ user_id: user.id });
  });
});

describe('admin sessions', () => {
  const sessionEnded = { code: 'UNAUTHENTICATED', message: 'admin session ended (logged out, expired or revoked): log in again' };
  const check = (s: { admin_id: string; session_id: string }) => auth.client.CheckAdminSession({ admin_id: s.admin_id, session_id: s.session_id });

  it('CheckAdminSession answers the admin while the session is open', async () => {
    const session = await adminLogin();
    await expect(check(session)).resolves.toMatchObject({ id: session.admin_id, email: 'root@example.com', admin: true, blocked: false });
  });

  it('AdminLogout ends the session at once and lists it as revoked; a user logout cannot end it', async () => {
    const session = await adminLogin();
    const other = await adminLogin();
    await expect(auth.client.Logout({ user_id: session.admin_id, session_id: session.session_id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(check(session)).resolves.toBeDefined();
    await expect(auth.client.AdminLogout({ admin_id: session.admin_id, session_id: session.session_id })).resolves.toEqual({});
    await expect(check(session)).rejects.toMatchObject(sessionEnded);
    expect((await auth.client.ListRevokedSessions({})).session_ids).toContain(session.session_id);
    // Idempotent, and the admin's other sessions stay open.
    await expect(auth.client.AdminLogout({ admin_id: session.admin_id, session_id: session.session_id })).resolves.toEqual({});
    await expect(check(other)).resolves.toBeDefined();
  });

  it("AdminLogout and CheckAdminSession know nothing of a user's session or an unknown one", async () => {
    const user = await register();
    const userSession = await login(user.email, 'correct horse');
    const sid = JSON.parse(Buffer.from(userSession.access_token.split('.')[1]!, 'base64url').toString()).sid as string;
    await expect(auth.client.AdminLogout({ admin_id: user.id, session_id: sid })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(check({ admin_id: user.id, session_id: sid })).rejects.toMatchObject(sessionEnded);
    await expect(check({ admin_id: 'nope', session_id: 'nope' })).rejects.toMatchObject(sessionEnded);
  });

  it('ends when it expires', async () => {
    const session = await adminLogin();
    await db.query(`UPDATE auth.sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [session.session_id]);
    await expect(check(session)).rejects.toMatchObject(sessionEnded);
  });

  it('ends, everywhere, when the admin is blocked or stops being an admin, by whatever path', async () => {
    const blockedOne = await adminLogin();
    try {
      await db.query('UPDATE auth.users SET blocked = true WHERE id = $1', [blockedOne.admin_id]);
      await expect(check(blockedOne)).rejects.toMatchObject(sessionEnded);
      expect((await auth.client.ListRevokedSessions({})).session_ids).toContain(blockedOne.session_id);
    } finally {
      await db.query('UPDATE auth.users SET blocked = false WHERE id = $1', [blockedOne.admin_id]);
    }
    await expect(check(blockedOne)).rejects.toMatchObject(sessionEnded);

    const demoted = await adminLogin();
    try {
      await db.query('UPDATE auth.users SET is_admin = false WHERE id = $1', [demoted.admin_id]);
      await expect(check(demoted)).rejects.toMatchObject(sessionEnded);
    } finally {
      await db.query('UPDATE auth.users SET is_admin = true WHERE id = $1', [demoted.admin_id]);
    }
  });

  it('refuses a session whose account is blocked even when its revocation was skipped', async () => {
    const session = await adminLogin();
    await db.query('ALTER TABLE auth.users DISABLE TRIGGER users_end_sessions');
    try {
      await db.query('UPDATE auth.users SET blocked = true WHERE id = $1', [session.admin_id]);
      await expect(check(session)).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: 'account blocked' });
      await db.query('UPDATE auth.users SET blocked = false, is_admin = false WHERE id = $1', [session.admin_id]);
      await expect(check(session)).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: 'not an admin account' });
    } finally {
      await db.query('UPDATE auth.users SET blocked = false, is_admin = true WHERE id = $1', [session.admin_id]);
      await db.query('ALTER TABLE auth.users ENABLE TRIGGER users_end_sessions');
    }
  });
});

describe('ListUsers', () => {
  it('finds users by a case-insensitive email substring, newest first, with the total count', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await auth.client.Register({ email: `findme-${i}@search.test`, password: 'correct horse' }));
    const page1 = await auth.client.ListUsers({ search: 'FINDME', skip: 0, limit: 2 });
    expect(page1.count).toBe('3');
    expect(page1.users.map((u) => u.email)).toEqual(['findme-2@search.test', 'findme-1@search.test']);
    const page2 = await auth.client.ListUsers({ search: 'findme', skip: 2, limit: 2 });
    expect(page2.users.map((u) => u.id)).toEqual([made[0]!.id]);
  });

  it('matches % and _ literally, and flags the admin account', async () => {
    await auth.client.Register({ email: 'per%cent@search.test', password: 'correct horse' });
    const r = await auth.client.ListUsers({ search: '%', skip: 0, limit: 10 });
    expect(r.users.map((u) => u.email)).toEqual(['per%cent@search.test']);
    const admins = await auth.client.ListUsers({ search: 'root@', skip: 0, limit: 10 });
    expect(admins.users).toMatchObject([{ email: 'root@example.com', admin: true, blocked: false }]);
  });

  it('lists everyone for an empty search and refuses a negative skip', async () => {
    const all = await auth.client.ListUsers({ search: '', skip: 0, limit: 0 });
    const { rows } = await db.query('SELECT count(*)::int AS n FROM auth.users');
    expect(Number(all.count)).toBe(rows[0].n);
    await expect(auth.client.ListUsers({ search: '', skip: -1, limit: 10 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'skip must be a non-negative integer',
    });
  });
});

describe('CreateUser', () => {
  it('registers with the rules of Register', async () => {
    const user = await auth.client.CreateUser({ email: ' Made@By.Admin ', password: 'correct horse' });
    expect(user).toMatchObject({ email: 'made@by.admin', blocked: false, admin: false });
    await expect(auth.client.CreateUser({ email: 'made@by.admin', password: 'correct horse' })).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    await expect(auth.client.CreateUser({ email: 'short@by.admin', password: 'short' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('SetUserBlocked', () => {
  it('stops a blocked user logging in and renewing, and unblocking does not revive old sessions', async () => {
    const user = await register();
    const session = await login(user.email, 'correct horse');
    await expect(auth.client.SetUserBlocked({ id: user.id, blocked: true })).resolves.toMatchObject({ id: user.id, blocked: true });

    await expect(login(user.email, 'correct horse')).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: 'account blocked' });
    await expect(auth.client.Renew({ refresh_token: session.refresh_token })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const { rows } = await db.query('SELECT revoked_at FROM auth.sessions WHERE user_id = $1', [user.id]);
    expect(rows.every((r) => r.revoked_at !== null)).toBe(true);

    await expect(auth.client.SetUserBlocked({ id: user.id, blocked: false })).resolves.toMatchObject({ blocked: false });
    await expect(auth.client.Renew({ refresh_token: session.refresh_token })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'session revoked, log in again',
    });
    await expect(login(user.email, 'correct horse')).resolves.toMatchObject({ user_id: user.id });
  });

  it('answers NOT_FOUND for an unknown id and PERMISSION_DENIED for an admin account', async () => {
    await expect(auth.client.SetUserBlocked({ id: '00000000-0000-4000-8000-000000000000', blocked: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(auth.client.SetUserBlocked({ id: 'nope', blocked: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { admin_id } = await adminLogin();
    await expect(auth.client.SetUserBlocked({ id: admin_id, blocked: true })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'an admin account cannot be blocked here',
    });
    const { rows } = await db.query('SELECT blocked FROM auth.users WHERE id = $1', [admin_id]);
    expect(rows[0].blocked).toBe(false);
  });
});

describe('DeleteUser', () => {
  it('removes the user with their sessions; the email can be registered again', async () => {
    const user = await register();
    await login(user.email, 'correct horse');
    await auth.client.DeleteUser({ id: user.id });
    const { rows } = await db.query('SELECT (SELECT count(*) FROM auth.users WHERE id = $1)::int AS users, (SELECT count(*) FROM auth.sessions WHERE user_id = $1)::int AS sessions', [user.id]);
    expect(rows[0]).toEqual({ users: 0, sessions: 0 });
    await expect(auth.client.GetUser({ id: user.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(auth.client.DeleteUser({ id: user.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `user ${user.id} not found` });
    await expect(auth.client.Register({ email: user.email, password: 'correct horse' })).resolves.toMatchObject({ email: user.email });
  });

  it('refuses to delete an admin account', async () => {
    const { admin_id } = await adminLogin();
    await expect(auth.client.DeleteUser({ id: admin_id })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'an admin account cannot be deleted here',
    });
  });
});

describe('the audit log', () => {
  it('records entries with the admin, action, target and details, and lists them newest first', async () => {
    const { admin_id } = await adminLogin();
    const first = await auth.client.RecordAudit({ admin_id, action: 'room.delete', target: 'r-1', details_json: '{"roomName":"x"}' });
    expect(first).toMatchObject({ admin_id, admin_email: 'root@example.com', action: 'room.delete', target: 'r-1', details_json: '{"roomName":"x"}' });
    await auth.client.RecordAudit({ admin_id, action: 'user.block', target: 'u-1', details_json: '' });
    const { entries, count } = await auth.client.ListAudit({ skip: 0, limit: 10 });
    expect(count).toBe('2');
    expect(entries.map((e) => [e.action, e.target, JSON.parse(e.details_json)])).toEqual([
      ['user.block', 'u-1', {}],
      ['room.delete', 'r-1', { roomName: 'x' }],
    ]);
    const { rows } = await db.query('SELECT admin_id, action, target, details FROM auth.admin_audit ORDER BY created_at');
    expect(rows).toEqual([
      { admin_id, action: 'room.delete', target: 'r-1', details: { roomName: 'x' } },
      { admin_id, action: 'user.block', target: 'u-1', details: {} },
    ]);
  });

  it('refuses an actor who is not an admin, a malformed action and details that are not a JSON object', async () => {
    const { admin_id } = await adminLogin();
    const user = await register();
    await expect(auth.client.RecordAudit({ admin_id: user.id, action: 'room.delete', target: 'x', details_json: '' })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(auth.client.RecordAudit({ admin_id, action: 'Delete everything', target: 'x', details_json: '' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(auth.client.RecordAudit({ admin_id, action: 'room.delete', target: '', details_json: '' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'target must be 1..200 characters',
    });
    await expect(auth.client.RecordAudit({ admin_id, action: 'room.delete', target: 'x', details_json: '[1]' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'details_json must be a JSON object',
    });
  });
});
