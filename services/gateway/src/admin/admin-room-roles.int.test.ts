import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { httpTestClient, type HttpTestClient, type LoggedInUser } from '@chat/testing/gateway/http-test-client.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { ADMIN_ENV, adminTestClient, type AdminTestClient } from '@chat/testing/gateway/admin-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let admin: AdminTestClient;
let c: HttpTestClient;
let ann: LoggedInUser;
let bob: LoggedInUser;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, ADMIN_ENV);
  admin = adminTestClient(stack.app);
  c = httpTestClient(stack.app);
  await admin.login();
  [ann, bob] = [await c.loggedIn(), await c.loggedIn()];
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

describe('people in the admin API', () => {
  it('shows participants with display name, role and presence, and users with their display name', async () => {
    await stack.app.inject({ method: 'PATCH', url: '/authentication/user', headers: { authorization: `Bearer ${bob.accessToken}` }, payload: { displayName: 'Bob B.' } });
    const roomId = (await admin.request('POST', '/admin/rooms', { payload: { roomName: 'roles', users: [ann.userId, bob.userId] } })).json().roomId as string;
    const room = (await admin.request('GET', `/admin/rooms/${roomId}`)).json();
    expect(room.participants).toEqual(expect.arrayContaining([
      { _id: ann.userId, email: ann.email, displayName: ann.email.split('@')[0], role: 'owner', status: 'offline', lastSeen: null },
      { _id: bob.userId, email: bob.email, displayName: 'Bob B.', role: 'member', status: 'offline', lastSeen: null },
    ]));
    const users = (await admin.request('GET', `/admin/users?search=${encodeURIComponent(bob.email)}`)).json().users;
    expect(users).toEqual([expect.objectContaining({ _id: bob.userId, displayName: 'Bob B.' })]);
  });

  it("changes a participant's role (never the owner's), recorded in the audit log and the room's timeline", async () => {
    const roomId = (await admin.request('POST', '/admin/rooms', { payload: { roomName: 'promote', users: [ann.userId, bob.userId] } })).json().roomId as string;
    const changed = await admin.request('PUT', `/admin/rooms/${roomId}/participants/${bob.userId}`, { payload: { role: 'admin' } });
    expect(changed.statusCode, changed.body).toBe(200);
    const room = (await admin.request('GET', `/admin/rooms/${roomId}`)).json();
    expect(room.participants.find((p: { _id: string }) => p._id === bob.userId).role).toBe('admin');
    const audit = (await admin.request('GET', '/admin/audit?limit=1')).json().entries[0];
    expect(audit).toMatchObject({ action: 'room.set-role', target: roomId, details: { user: bob.userId, role: 'admin' } });
    const events = (await admin.request('GET', `/admin/rooms/${roomId}/events`)).json().events as { type: string; payload: Record<string, unknown> }[];
    expect(events.at(-1)).toMatchObject({ type: 'member-role-changed', payload: { user: bob.userId, role: 'admin' } });

    const owner = await admin.request('PUT', `/admin/rooms/${roomId}/participants/${ann.userId}`, { payload: { role: 'member' } });
    expect(owner.json()).toEqual({ error: { code: 'PERMISSION_DENIED', message: "the owner's role cannot be changed" } });
    expect((await admin.request('PUT', `/admin/rooms/${roomId}/participants/${bob.userId}`, { payload: { role: 'owner' } })).statusCode).toBe(400);
    expect((await admin.request('PUT', `/admin/rooms/${roomId}/participants/00000000-0000-4000-8000-000000000000`, { payload: { role: 'admin' } })).statusCode).toBe(404);
  });
});
