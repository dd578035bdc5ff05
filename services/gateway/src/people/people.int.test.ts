import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { httpTestClient, type HttpTestClient, type LoggedInUser } from '@chat/testing/gateway/http-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let c: HttpTestClient;
let ann: LoggedInUser;
let bob: LoggedInUser;
let cat: LoggedInUser;
let dan: LoggedInUser;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { GATEWAY_DIRECTORY_RATE_LIMIT: '25' });
  c = httpTestClient(stack.app);
  [ann, bob, cat, dan] = await Promise.all([c.loggedIn(), c.loggedIn(), c.loggedIn(), c.loggedIn()]);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

function as(user: LoggedInUser, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  return stack.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${user.accessToken}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
  });
}

const localPart = (u: LoggedInUser) => u.email.split('@')[0]!;

describe('profiles', () => {
  it('gives every user a display name from their email, which they change with PATCH /authentication/user', async () => {
    expect((await as(ann, 'GET', '/authentication/user')).json()).toMatchObject({ displayName: localPart(ann), avatarUrl: null });
    const changed = await as(ann, 'PATCH', '/authentication/user', { displayName: '  Ann Åström 😀 ', avatarUrl: 'https://cdn.example.com/ann.png' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ _id: ann.userId, email: ann.email, displayName: 'Ann Åström 😀', avatarUrl: 'https://cdn.example.com/ann.png' });
    const removed = await as(ann, 'PATCH', '/authentication/user', { avatarUrl: '' });
    expect(removed.json()).toMatchObject({ displayName: 'Ann Åström 😀', avatarUrl: null });
  });

  it('refuses a bad profile naming the field, and stores nothing', async () => {
    for (const [body, field] of [
      [{ displayName: '' }, 'displayName'],
      [{ displayName: 'x'.repeat(65) }, 'displayName'],
      [{ displayName: '   ' }, 'displayName'],
      [{ avatarUrl: 'http://cdn.example.com/a.png' }, 'avatarUrl'],
      [{ avatarUrl: 'javascript:alert(1)' }, 'avatarUrl'],
      [{}, 'body'],
    ] as const) {
      const res = await as(bob, 'PATCH', '/authentication/user', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toContain(field);
    }
    expect((await as(bob, 'GET', '/authentication/user')).json()).toMatchObject({ displayName: localPart(bob), avatarUrl: null });
  });

  it('shows a profile, never the email, to someone sharing a room; a blocked or admin account is nobody else\'s to see', async () => {
    const room = await as(cat, 'POST', '/chat/rooms', { roomName: 'cat and dan', users: [dan.userId] });
    expect(room.statusCode).toBe(200);
    const seen = await as(dan, 'GET', `/users/${cat.userId}`);
    expect(seen.statusCode).toBe(200);
    // Sharing a room, Dan also sees whether Cat is around (no socket here: offline, never seen).
    expect(seen.json()).toEqual({ _id: cat.userId, displayName: localPart(cat), avatarUrl: null, presence: { status: 'offline', lastSeen: null } });
    expect(seen.body).not.toContain(cat.email);
    const unknown = await as(dan, 'GET', '/users/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'user not found' } });
  });

  it('shows member names and roles in room lists', async () => {
    await as(bob, 'PATCH', '/authentication/user', { displayName: 'Bobby' });
    const roomId = (await as(bob, 'POST', '/chat/rooms', { roomName: 'names', users: [cat.userId] })).json().roomId as string;
    const rooms = (await as(cat, 'GET', '/chat/rooms')).json().rooms as { _id: string; members: unknown[]; participants: string[] }[];
    const room = rooms.find((r) => r._id === roomId)!;
    expect([...room.participants].sort()).toEqual([bob.userId, cat.userId].sort());
    // In the order of participants (who joined first; one creation joins everyone at once).
    expect(room.members.map((m) => (m as { _id: string })._id)).toEqual(room.participants);
    expect(room.members).toEqual(expect.arrayContaining([
      { _id: bob.userId, displayName: 'Bobby', avatarUrl: null, role: 'owner' },
      { _id: cat.userId, displayName: localPart(cat), avatarUrl: null, role: 'member' },
    ]));
    expect(room).toMatchObject({ direct: false, whoCanAdd: 'members' });
    const { messages } = (await as(cat, 'GET', `/chat/messages?roomId=${roomId}`)).json() as { messages: unknown[] };
    expect(messages).toEqual([]);
  });
});

describe('the directory', () => {
  it('finds users by display-name prefix in any case or by exact email, without emails, never the caller', async () => {
    await as(dan, 'PATCH', '/authentication/user', { displayName: 'Zed_Dan%' });
    const byPrefix = await as(cat, 'GET', '/users?search=zed_d');
    expect(byPrefix.statusCode, byPrefix.body).toBe(200);
    expect(byPrefix.json()).toEqual({ users: [{ _id: dan.userId, displayName: 'Zed_Dan%', avatarUrl: null }] });
    // LIKE's wildcards in the search are plain characters.
    expect((await as(cat, 'GET', '/users?search=zed%25')).json().users).toEqual([]);
    expect((await as(cat, 'GET', `/users?search=${encodeURIComponent(dan.email.toUpperCase())}`)).json().users.map((u: { _id: string }) => u._id)).toEqual([dan.userId]);
    // A part of an email finds nobody: the directory is no way to list addresses.
    expect((await as(cat, 'GET', `/users?search=${encodeURIComponent(dan.email.slice(0, -2))}`)).json().users).toEqual([]);
    expect((await as(dan, 'GET', '/users?search=zed')).json().users).toEqual([]);
  });

  it('lists at most 20, or limit', async () => {
    const many = await Promise.all(Array.from({ length: 22 }, () => c.loggedIn()));
    await Promise.all(many.map((u, i) => as(u, 'PATCH', '/authentication/user', { displayName: `crowd ${String(i).padStart(2, '0')}` })));
    expect((await as(ann, 'GET', '/users?search=crowd')).json().users).toHaveLength(20);
    expect((await as(ann, 'GET', '/users?search=crowd&limit=3')).json().users.map((u: { displayName: string }) => u.displayName)).toEqual(['crowd 00', 'crowd 01', 'crowd 02']);
    expect((await as(ann, 'GET', '/users?search=crowd&limit=21')).statusCode).toBe(400);
    expect((await as(ann, 'GET', '/users')).json().error.message).toContain('search');
  });

  it('is rate limited per user', async () => {
    const u = await c.loggedIn();
    const answers = [];
    for (let i = 0; i < 26; i++) answers.push((await as(u, 'GET', '/users?search=nobody')).statusCode);
    expect(answers.slice(0, 25).every((s) => s === 200)).toBe(true);
    expect(answers[25]).toBe(429);
    // Someone else is not limited by it.
    expect((await as(ann, 'GET', '/users?search=nobody')).statusCode).toBe(200);
  });
});

describe('blocking', () => {
  it('hides each from the other, refuses adds and direct rooms, and lists whom one blocked', async () => {
    const [eve, fay] = await Promise.all([c.loggedIn(), c.loggedIn()]);
    expect((await as(eve, 'PUT', `/users/${fay.userId}/block`)).statusCode).toBe(200);
    expect((await as(eve, 'PUT', `/users/${fay.userId}/block`)).statusCode).toBe(200);
    expect((await as(eve, 'GET', '/users/blocked')).json()).toEqual({ users: [{ _id: fay.userId, displayName: localPart(fay), avatarUrl: null }] });
    expect((await as(fay, 'GET', `/users?search=${localPart(eve)}`)).json().users).toEqual([]);
    expect((await as(fay, 'GET', `/users/${eve.userId}`)).statusCode).toBe(404);
    const add = await as(fay, 'POST', '/chat/rooms', { roomName: 'with eve', users: [eve.userId] });
    expect(add.statusCode).toBe(403);
    expect(add.json().error.message).toContain(eve.userId);
    expect((await as(fay, 'POST', `/chat/direct/${eve.userId}`)).statusCode).toBe(403);
    expect((await as(eve, 'POST', `/chat/direct/${fay.userId}`)).statusCode).toBe(403);
    const room = (await as(ann, 'POST', '/chat/rooms', { roomName: 'ann and fay', users: [fay.userId] })).json().roomId as string;
    expect((await as(fay, 'PUT', `/chat/rooms/${room}/addUsers`, { users: [eve.userId] })).statusCode).toBe(403);

    expect((await as(eve, 'DELETE', `/users/${fay.userId}/block`)).statusCode).toBe(200);
    expect((await as(eve, 'GET', '/users/blocked')).json()).toEqual({ users: [] });
    expect((await as(fay, 'PUT', `/chat/rooms/${room}/addUsers`, { users: [eve.userId] })).statusCode).toBe(200);
  });

  it('refuses to block oneself or nobody', async () => {
    expect((await as(ann, 'PUT', `/users/${ann.userId}/block`)).json().error.code).toBe('INVALID_ARGUMENT');
    expect((await as(ann, 'PUT', '/users/00000000-0000-4000-8000-000000000000/block')).statusCode).toBe(404);
    expect((await as(ann, 'DELETE', '/users/00000000-0000-4000-8000-000000000000/block')).statusCode).toBe(404);
  });
});

describe('account self-service', () => {
  it('changes the password and ends every other session, keeping this one', async () => {
    const u = await c.loggedIn();
    const other = (await c.post('/authentication/local', { email: u.email, password: u.password })).json() as { accessToken: string; refreshToken: string };
    const wrong = await as(u, 'PUT', '/authentication/password', { currentPassword: 'not it at all', newPassword: 'a brand new secret' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('currentPassword');
    const weak = await as(u, 'PUT', '/authentication/password', { currentPassword: u.password, newPassword: 'short' });
    expect(weak.json().error.message).toContain('password must be');
    const changed = await as(u, 'PUT', '/authentication/password', { currentPassword: u.password, newPassword: 'a brand new secret' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await c.post('/authentication/renew', { refreshToken: other.refreshToken })).statusCode).toBe(401);
    await waitFor('the other session\'s token to be refused', async () => ((await c.whoAmI(`Bearer ${other.accessToken}`)).statusCode === 401 ? true : undefined), 5000);
    expect((await c.whoAmI(`Bearer ${u.accessToken}`)).statusCode).toBe(200);
    expect((await c.post('/authentication/local', { email: u.email, password: u.password })).statusCode).toBe(401);
    expect((await c.post('/authentication/local', { email: u.email, password: 'a brand new secret' })).statusCode).toBe(200);
  });

  it('deletes the account with its password; its messages stay, from a deleted user', async () => {
    const u = await c.loggedIn();
    const roomId = (await as(u, 'POST', '/chat/rooms', { roomName: 'soon without u', users: [ann.userId] })).json().roomId as string;
    const chat = await import('@chat/grpc').then((g) => g.createChatClient(`127.0.0.1:${stack.chat.grpcPort}`));
    await chat.SendMessage({ user_id: u.userId, room_id: roomId, content: 'bye', content_type: 'text', files: [], nonce: '' });
    chat.close();
    expect((await stack.app.inject({ method: 'DELETE', url: '/authentication/user', headers: { authorization: `Bearer ${u.accessToken}`, 'content-type': 'application/json' }, payload: '{"password":"wrong one"}' })).statusCode).toBe(400);
    const gone = await stack.app.inject({ method: 'DELETE', url: '/authentication/user', headers: { authorization: `Bearer ${u.accessToken}`, 'content-type': 'application/json' }, payload: JSON.stringify({ password: u.password }) });
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await c.post('/authentication/local', { email: u.email, password: u.password })).statusCode).toBe(401);
    const history = (await as(ann, 'GET', `/chat/messages?roomId=${roomId}`)).json().messages as { message: string; senderUser: string; displayName: string }[];
    expect(history).toEqual([expect.objectContaining({ message: 'bye', senderUser: u.userId, displayName: 'Deleted user' })]);
    // Out of the room too, as when an admin deletes an account.
    expect((await as(ann, 'GET', `/chat/rooms/${roomId}`)).json().participants).toEqual([ann.userId]);
  });
});
