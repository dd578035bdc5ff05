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
let roomId: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, ADMIN_ENV);
  admin = adminTestClient(stack.app);
  c = httpTestClient(stack.app);
  pool = createPool(env.databaseUrl, 2);
  await admin.login();
  const [ann, bob] = [await c.loggedIn(), await c.loggedIn()];
  const created = await admin.request('POST', '/admin/rooms', { payload: { roomName: 'Kept a week', users: [ann.id, bob.id] } });
  expect(created.statusCode).toBe(200);
  roomId = created.json().roomId as string;
});

afterAll(async () => {
  await pool?.end();
  await stack?.close();
  await env?.cleanup();
});

const stored = async () => (await pool.query<{ days: number | null }>('SELECT message_retention_days AS days FROM chat.rooms WHERE id = $1', [roomId])).rows[0]!.days;

describe('PUT /admin/rooms/:id/retention', () => {
  it("sets the room's own message retention, recorded in the audit log, and null gives it back to the default", async () => {
    const set = await admin.request('PUT', `/admin/rooms/${roomId}/retention`, { payload: { days: 7 } });
    expect([set.statusCode, set.json()]).toEqual([200, { result: 'Ok' }]);
    expect(await stored()).toBe(7);
    const audit = (await admin.request('GET', '/admin/audit?limit=1')).json().entries[0];
    expect(audit).toMatchObject({ action: 'room.retention', target: roomId, details: { days: 7 } });

    expect((await admin.request('PUT', `/admin/rooms/${roomId}/retention`, { payload: { days: null } })).statusCode).toBe(200);
    expect(await stored()).toBeNull();
  });

  it.each([[0], [-1], [36_501], [1.5], ['a week']])('refuses days %j with 400 naming the field, and stores nothing', async (days) => {
    await admin.request('PUT', `/admin/rooms/${roomId}/retention`, { payload: { days: 3 } });
    const res = await admin.request('PUT', `/admin/rooms/${roomId}/retention`, { payload: { days } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('days');
    expect(await stored()).toBe(3);
  });

  it('answers 404 for a room that does not exist, and 401 without the admin session', async () => {
    const missing = await admin.request('PUT', '/admin/rooms/00000000-0000-4000-8000-000000000000/retention', { payload: { days: 7 } });
    expect(missing.statusCode).toBe(404);
    expect((await admin.request('PUT', `/admin/rooms/${roomId}/retention`, { payload: { days: 7 }, token: null })).statusCode).toBe(401);
  });
});
