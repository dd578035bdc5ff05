import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '@chat/common';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { httpTestClient, type HttpTestClient } from '@chat/testing/gateway/http-test-client.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { ADMIN_ENV, adminTestClient, type AdminTestClient } from '@chat/testing/gateway/admin-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let admin: AdminTestClient;
let c: HttpTestClient;
let pool: Pool;
let adminId: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, ADMIN_ENV);
  admin = adminTestClient(stack.app);
  c = httpTestClient(stack.app);
  pool = createPool(env.databaseUrl, 2);
  await admin.login();
  adminId = (await pool.query<{ id: string }>('SELECT id FROM auth.users WHERE is_admin')).rows[0]!.id;
});

afterAll(async () => {
  await pool?.end();
  await stack?.close();
  await env?.cleanup();
});

const userRow = async (id: string) => (await pool.query('SELECT email, blocked, is_admin FROM auth.users WHERE id = $1', [id])).rows[0];
/** The newest audit entry, through the API. */
const lastAudit = async () => (await admin.request('GET', '/admin/audit?limit=1')).json().entries[0];
const login = (email: string, password: string) => c.post('/authentication/local', { email, password });

describe('GET /admin/users', () => {
  it('finds users by email substring, newest first, with the count, in the documented shape', async () => {
    for (const name of ['list-a', 'list-b', 'list-c']) await c.post('/authentication/local/new', { email: `${name}@listing.test`, password: 'correct horse' });
    const res = await admin.request('GET', '/admin/users?search=LISTING.test&limit=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.count).toBe(3);
    expect(body.users.map((u: { email: string }) => u.email)).toEqual(['list-c@listing.test', 'list-b@listing.test']);
    expect(body.users[0]).toEqual({
      _id: expect.any(String),
      email: 'list-c@listing.test',
      blocked: false,
      admin: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      displayName: 'list-c',
    });
    const next = await admin.request('GET', '/admin/users?search=listing.test&skip=2&limit=2');
    expect(next.json().users.map((u: { email: string }) => u.email)).toEqual(['list-a@listing.test']);
  });

  it('lists the admin account too, flagged', async () => {
    const res = await admin.request('GET', '/admin/users?search=root@');
    expect(res.json().users).toMatchObject([{ _id: adminId, email: 'root@example.com', admin: true }]);
  });
});

describe('POST /admin/users', () => {
  it('creates a user who can then log in, and records it', async () => {
    const res = await admin.request('POST', '/admin/users', { payload: { email: 'Created@Admin.test', password: 'correct horse' } });
    expect(res.statusCode).toBe(200);
    const { user } = res.json();
    expect(user).toMatchObject({ email: 'created@admin.test', blocked: false, admin: false });
    expect(await userRow(user._id)).toEqual({ email: 'created@admin.test', blocked: false, is_admin: false });
    expect((await login('created@admin.test', 'correct horse')).statusCode).toBe(200);
    expect(await lastAudit()).toEqual({
      _id: expect.any(String),
      admin: 'root@example.com',
      adminId,
      action: 'user.create',
      target: user._id,
      details: { email: 'created@admin.test' },
      createdAt: expect.any(String),
    });
  });

  it('answers a taken email with 409 and a short password with 400, creating nothing', async () => {
    const dup = await admin.request('POST', '/admin/users', { payload: { email: 'created@admin.test', password: 'another one' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toEqual({ error: { code: 'ALREADY_EXISTS', message: 'email is already registered' } });
    const short = await admin.request('POST', '/admin/users', { payload: { email: 'short@admin.test', password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'password must be 8 to 128 characters long' } });
    expect((await pool.query("SELECT 1 FROM auth.users WHERE email = 'short@admin.test'")).rowCount).toBe(0);
  });
});

describe('PATCH /admin/users/:id', () => {
  it('blocks a user: they cannot log in or renew; unblocked, they log in again; both recorded', async () => {
    const user = await c.loggedIn();
    const blocked = await admin.request('PATCH', `/admin/users/${user.id}`, { payload: { blocked: true } });
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json().user).toMatchObject({ _id: user.id, blocked: true });
    expect(await userRow(user.id)).toMatchObject({ blocked: true });
    expect(await lastAudit()).toMatchObject({ action: 'user.block', target: user.id, details: { email: user.email } });

    const refused = await login(user.email, user.password);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error: { code: 'PERMISSION_DENIED', message: 'account blocked' } });
    const renew = await c.post('/authentication/renew', { refreshToken: user.refreshToken });
    expect(renew.statusCode).toBe(401);

    const unblocked = await admin.request('PATCH', `/admin/users/${user.id}`, { payload: { blocked: false } });
    expect(unblocked.json().user).toMatchObject({ blocked: false });
    expect(await lastAudit()).toMatchObject({ action: 'user.unblock', target: user.id });
    expect((await login(user.email, user.password)).statusCode).toBe(200);
    // The sessions ended by the block stay ended.
    expect((await c.post('/authentication/renew', { refreshToken: user.refreshToken })).json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'session revoked, log in again' },
    });
  });

  it('answers 404 for an unknown user and 403 for an admin account, changing nothing', async () => {
    const unknown = await admin.request('PATCH', '/admin/users/00000000-0000-4000-8000-000000000000', { payload: { blocked: true } });
    expect(unknown.statusCode).toBe(404);
    const self = await admin.request('PATCH', `/admin/users/${adminId}`, { payload: { blocked: true } });
    expect(self.statusCode).toBe(403);
    expect(self.json()).toEqual({ error: { code: 'PERMISSION_DENIED', message: 'an admin account cannot be blocked here' } });
    expect(await userRow(adminId)).toMatchObject({ blocked: false });
  });
});

describe('DELETE /admin/users/:id', () => {
  it('takes the user out of their rooms, deletes the account, and records it', async () => {
    const owner = await c.loggedIn();
    const doomed = await c.loggedIn();
    const room = await stack.app.inject({
      method: 'POST',
      url: '/chat/rooms',
      headers: { authorization: `Bearer ${owner.accessToken}` },
      payload: { roomName: 'with doomed', users: [doomed.id] },
    });
    const { roomId } = room.json();

    const res = await admin.request('DELETE', `/admin/users/${doomed.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'Ok' });
    expect(await userRow(doomed.id)).toBeUndefined();
    const members = await pool.query<{ user_id: string }>('SELECT user_id FROM chat.members WHERE room_id = $1', [roomId]);
    expect(members.rows.map((r) => r.user_id)).toEqual([owner.id]);
    const left = await pool.query('SELECT type, payload FROM chat.room_events WHERE room_id = $1 ORDER BY seq DESC LIMIT 1', [roomId]);
    expect(left.rows[0]).toEqual({ type: 'room-left', payload: { room: roomId, user: doomed.id, by: adminId, seq: 2 } });
    expect(await lastAudit()).toMatchObject({ action: 'user.delete', target: doomed.id, details: { email: doomed.email, rooms: 1 } });
    expect((await login(doomed.email, doomed.password)).statusCode).toBe(401);

    const again = await admin.request('DELETE', `/admin/users/${doomed.id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'user not found' } });
  });

  it('refuses to delete an admin account', async () => {
    const res = await admin.request('DELETE', `/admin/users/${adminId}`);
    expect(res.statusCode).toBe(403);
    expect(await userRow(adminId)).toMatchObject({ is_admin: true });
  });
});

describe('GET /admin/audit', () => {
  it('lists every recorded action newest first, with the count', async () => {
    const res = await admin.request('GET', '/admin/audit?limit=200');
    const { entries, count } = res.json();
    expect(count).toBe(entries.length);
    const actions = entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['user.delete', 'user.unblock', 'user.block', 'user.create']);
    const times = entries.map((e: { createdAt: string }) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const rows = await pool.query('SELECT count(*)::int AS n FROM auth.admin_audit WHERE admin_id = $1', [adminId]);
    expect(rows.rows[0].n).toBe(count);
  });
});
