import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { connect, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';

/**
 * Direct rooms and room roles through the gateway and the routers: who may
 * rename, change roles, remove and add; the events each change emits live
 * and in `since` replay; a removed member's sockets leaving the room at once.
 */

let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let cat: LoggedInUser;
let dan: LoggedInUser;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 2 });
  [ann, ben, cat, dan] = (await Promise.all(['ann', 'ben', 'cat', 'dan'].map((n) => stack.registerAndLogin(`${n}@roles.test`)))) as LoggedInUser[] as [LoggedInUser, LoggedInUser, LoggedInUser, LoggedInUser];
}, 180_000);

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await stack?.close();
  await env?.cleanup();
});

async function call(user: LoggedInUser, method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> {
  const answer = await fetch(`${stack.gatewayUrl}${url}`, {
    method,
    headers: { authorization: `Bearer ${user.accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, body: await answer.json() };
}

async function socketOf(user: LoggedInUser, router = 0): Promise<TestSocket> {
  const socket = await connect(stack.routerUrls[router]!, { authorization: `Bearer ${user.accessToken}` });
  sockets.push(socket);
  return socket;
}

async function room(owner: LoggedInUser, members: LoggedInUser[]): Promise<string> {
  const created = await call(owner, 'POST', '/chat/rooms', { roomName: 'team', users: members.map((m) => m.userId) });
  expect(created.status).toBe(200);
  return created.body.roomId as string;
}

describe('direct rooms', () => {
  it('gives a pair the same room every time, from either side, listed as direct with the other person', async () => {
    const first = await call(ann, 'POST', `/chat/direct/${ben.userId}`);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const again = await call(ann, 'POST', `/chat/direct/${ben.userId}`);
    const fromBen = await call(ben, 'POST', `/chat/direct/${ann.userId.toUpperCase()}`);
    expect(again.body.roomId).toBe(first.body.roomId);
    expect(fromBen.body.roomId).toBe(first.body.roomId);
    const listed = (await call(ben, 'GET', '/chat/rooms')).body.rooms.find((r: { _id: string }) => r._id === first.body.roomId);
    expect(listed).toMatchObject({ direct: true, peer: { _id: ann.userId, displayName: 'ann', avatarUrl: null } });
    expect([...listed.participants].sort()).toEqual([ann.userId, ben.userId].sort());
  });

  it('makes one room when both open it at once', async () => {
    const [a, b] = await Promise.all([call(cat, 'POST', `/chat/direct/${dan.userId}`), call(dan, 'POST', `/chat/direct/${cat.userId}`)]);
    expect(a.body.roomId).toBe(b.body.roomId);
  });

  it('lets nobody be added, and refuses oneself and unknown users', async () => {
    const { roomId } = (await call(ann, 'POST', `/chat/direct/${cat.userId}`)).body;
    const add = await call(ann, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [dan.userId] });
    expect(add).toEqual({ status: 403, body: { error: { code: 'PERMISSION_DENIED', message: 'a direct room has its two members: nobody can be added' } } });
    expect((await call(ann, 'POST', `/chat/direct/${ann.userId}`)).status).toBe(400);
    expect((await call(ann, 'POST', '/chat/direct/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call(ann, 'GET', `/chat/rooms/${roomId}`)).body.participants).toHaveLength(2);
  });

  it('takes back whoever left it when it is opened again', async () => {
    const { roomId } = (await call(ben, 'POST', `/chat/direct/${dan.userId}`)).body;
    expect((await call(dan, 'PUT', `/chat/leave/${roomId}`)).status).toBe(200);
    expect((await call(ben, 'POST', `/chat/direct/${dan.userId}`)).body.roomId).toBe(roomId);
    expect((await call(dan, 'GET', `/chat/rooms/${roomId}`)).status).toBe(200);
  });
});

describe('roles', () => {
  it('lets the owner and admins rename, the owner alone set roles, emitting each change live and in since-replay', async () => {
    const roomId = await room(ann, [ben, cat]);
    const catSocket = await socketOf(cat, 1);
    expect((await call(ben, 'PATCH', `/chat/rooms/${roomId}`, { name: 'by ben' })).body.error.code).toBe('PERMISSION_DENIED');
    const renamed = await call(ann, 'PATCH', `/chat/rooms/${roomId}`, { name: 'renamed' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ _id: roomId, name: 'renamed' });
    expect((await call(ben, 'PUT', `/chat/rooms/${roomId}/members/${cat.userId}`, { role: 'admin' })).body.error.code).toBe('PERMISSION_DENIED');
    expect((await call(ann, 'PUT', `/chat/rooms/${roomId}/members/${ben.userId}`, { role: 'admin' })).status).toBe(200);
    expect((await call(ann, 'PUT', `/chat/rooms/${roomId}/members/${ann.userId}`, { role: 'member' })).body.error.code).toBe('PERMISSION_DENIED');
    expect((await call(ann, 'PUT', `/chat/rooms/${roomId}/members/${dan.userId}`, { role: 'admin' })).status).toBe(404);
    expect((await call(ben, 'PATCH', `/chat/rooms/${roomId}`, { name: 'by admin ben' })).status).toBe(200);
    expect((await call(ben, 'PATCH', `/chat/rooms/${roomId}`, { whoCanAdd: 'admins' })).body.error.code).toBe('PERMISSION_DENIED');

    const [first] = await catSocket.waitForEvents('room-renamed', 2, (p) => p.room === roomId);
    expect(first).toMatchObject({ room: roomId, roomName: 'renamed', by: ann.userId });
    const [role] = await catSocket.waitForEvents('member-role-changed', 1, (p) => p.room === roomId);
    expect(role).toMatchObject({ room: roomId, user: ben.userId, role: 'admin', by: ann.userId });

    const replay = (await call(cat, 'GET', `/chat/rooms/${roomId}/events?since=1`)).body.events as { type: string; seq: number }[];
    expect(replay.map((e) => e.type)).toEqual(['room-renamed', 'member-role-changed', 'room-renamed']);
    expect(replay.map((e) => e.seq)).toEqual([2, 3, 4]);
    const members = (await call(cat, 'GET', `/chat/rooms/${roomId}`)).body.members as { _id: string; role: string }[];
    expect(Object.fromEntries(members.map((m) => [m._id, m.role]))).toEqual({ [ann.userId]: 'owner', [ben.userId]: 'admin', [cat.userId]: 'member' });
  });

  it('with whoCanAdd admins, only the owner and admins add users', async () => {
    const roomId = await room(ann, [ben, cat]);
    await call(ann, 'PUT', `/chat/rooms/${roomId}/members/${ben.userId}`, { role: 'admin' });
    expect((await call(ann, 'PATCH', `/chat/rooms/${roomId}`, { whoCanAdd: 'admins' })).body.whoCanAdd).toBe('admins');
    const byMember = await call(cat, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [dan.userId] });
    expect(byMember.body).toEqual({ error: { code: 'PERMISSION_DENIED', message: 'only the owner and admins may add users to this room' } });
    expect((await call(ben, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [dan.userId] })).status).toBe(200);
    const events = (await call(cat, 'GET', `/chat/rooms/${roomId}/events?since=0`)).body.events as { type: string; payload: Record<string, unknown> }[];
    expect(events.find((e) => e.type === 'room-settings-changed')?.payload).toMatchObject({ room: roomId, whoCanAdd: 'admins', by: ann.userId });
  });

  it('removes a member (never the owner), whose sockets stop receiving the room at once', async () => {
    const roomId = await room(ann, [ben, cat]);
    await call(ann, 'PUT', `/chat/rooms/${roomId}/members/${ben.userId}`, { role: 'admin' });
    const catSocket = await socketOf(cat, 0);
    const annSocket = await socketOf(ann, 1);
    expect((await call(cat, 'DELETE', `/chat/rooms/${roomId}/members/${ben.userId}`)).body.error.code).toBe('PERMISSION_DENIED');
    expect((await call(ben, 'DELETE', `/chat/rooms/${roomId}/members/${ann.userId}`)).body.error.code).toBe('PERMISSION_DENIED');
    expect((await call(ben, 'DELETE', `/chat/rooms/${roomId}/members/${cat.userId}`)).status).toBe(200);
    const [left] = await catSocket.waitForEvents('room-left', 1, (p) => p.room === roomId);
    expect(left).toMatchObject({ room: roomId, user: cat.userId, by: ben.userId, removed: true });
    const sent = await annSocket.request<{ seq?: number }>('message', roomId, 'after cat left');
    expect(sent.seq).toBeGreaterThan(0);
    await annSocket.waitForEvents('message', 1, (p) => p.room === roomId);
    await settle(300);
    expect(catSocket.payloads('message').filter((p) => p.room === roomId)).toEqual([]);
    expect((await call(cat, 'GET', `/chat/rooms/${roomId}`)).status).toBe(404);
    const replay = (await call(ann, 'GET', `/chat/rooms/${roomId}/events?since=0`)).body.events as { type: string; payload: Record<string, unknown> }[];
    expect(replay.filter((e) => e.type === 'room-left').map((e) => e.payload)).toEqual([expect.objectContaining({ user: cat.userId, by: ben.userId, removed: true })]);
  });

  it('hands the room to an admin when the owner leaves', async () => {
    const roomId = await room(ann, [ben, cat]);
    await call(ann, 'PUT', `/chat/rooms/${roomId}/members/${cat.userId}`, { role: 'admin' });
    expect((await call(ann, 'PUT', `/chat/leave/${roomId}`)).status).toBe(200);
    const members = (await call(ben, 'GET', `/chat/rooms/${roomId}`)).body.members as { _id: string; role: string }[];
    expect(Object.fromEntries(members.map((m) => [m._id, m.role]))).toEqual({ [ben.userId]: 'member', [cat.userId]: 'owner' });
    const last = (await call(ben, 'GET', `/chat/rooms/${roomId}/events?since=0`)).body.events.at(-1);
    expect(last).toMatchObject({ type: 'member-role-changed', payload: { user: cat.userId, role: 'owner', by: ann.userId } });
  });

  it('refuses bad role requests naming the field', async () => {
    const roomId = await room(ann, [ben]);
    expect((await call(ann, 'PUT', `/chat/rooms/${roomId}/members/${ben.userId}`, { role: 'owner' })).body.error.message).toContain('role');
    expect((await call(ann, 'PATCH', `/chat/rooms/${roomId}`, { name: '' })).body.error.message).toContain('name');
    expect((await call(ann, 'PATCH', `/chat/rooms/${roomId}`, { whoCanAdd: 'everyone' })).body.error.message).toContain('whoCanAdd');
    expect((await call(ann, 'PATCH', `/chat/rooms/${roomId}`, {})).status).toBe(400);
    expect((await call(dan, 'PATCH', `/chat/rooms/${roomId}`, { name: 'x' })).status).toBe(404);
  });
});

describe('blocking', () => {
  it("hides the typing of someone you blocked, and only theirs", async () => {
    const [eve, fay] = await Promise.all([stack.registerAndLogin('eve@roles.test'), stack.registerAndLogin('fay@roles.test')]);
    const roomId = await room(ann, [eve, fay]);
    expect((await call(fay, 'PUT', `/users/${eve.userId}/block`)).status).toBe(200);
    const faySocket = await socketOf(fay, 0);
    const annSocket = await socketOf(ann, 1);
    const eveSocket = await socketOf(eve, 1);
    expect(await eveSocket.request('typing', roomId)).not.toHaveProperty('error');
    const typing = (s: TestSocket, from: string) => s.payloads('message').filter((p) => p.room === roomId && p.contentType === 'typing' && p.sender === from);
    await annSocket.waitForEvents('message', 1, (p) => p.room === roomId && p.contentType === 'typing' && p.sender === eve.userId);
    expect(await annSocket.request('typing', roomId)).not.toHaveProperty('error');
    await faySocket.waitForEvents('message', 1, (p) => p.room === roomId && p.contentType === 'typing' && p.sender === ann.userId);
    await settle(300);
    expect(typing(faySocket, eve.userId)).toEqual([]);
    // Messages are not typing: they still arrive (a block hides no history).
    await eveSocket.request('message', roomId, 'still here');
    await faySocket.waitForEvents('message', 1, (p) => p.room === roomId && p.content === 'still here');
  });
});
