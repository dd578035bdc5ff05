import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '@chat/common';
import { createChatClient, type ChatClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { httpTestClient, type HttpTestClient, type LoggedInUser } from '@chat/testing/gateway/http-test-client.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { ADMIN_ENV, adminTestClient, type AdminTestClient } from '@chat/testing/gateway/admin-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let admin: AdminTestClient;
let c: HttpTestClient;
let chat: ChatClient;
let pool: Pool;
let adminId: string;
let ann: LoggedInUser, bob: LoggedInUser, cid: LoggedInUser;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, ADMIN_ENV);
  admin = adminTestClient(stack.app);
  c = httpTestClient(stack.app);
  // Messages are sent over Socket.IO in real life; the router does exactly this call.
  chat = createChatClient(`127.0.0.1:${stack.chat.grpcPort}`, 5000);
  pool = createPool(env.databaseUrl, 2);
  await admin.login();
  adminId = (await pool.query<{ id: string }>('SELECT id FROM auth.users WHERE is_admin')).rows[0]!.id;
  [ann, bob, cid] = [await c.loggedIn(), await c.loggedIn(), await c.loggedIn()];
});

afterAll(async () => {
  chat?.close();
  await pool?.end();
  await stack?.close();
  await env?.cleanup();
});

const lastAudit = async () => (await admin.request('GET', '/admin/audit?limit=1')).json().entries[0];
const send = async (user: LoggedInUser, roomId: string, content: string) =>
  (await chat.SendMessage({ user_id: user.id, room_id: roomId, content, content_type: 'text', files: [], nonce: '' })).message!;
const members = async (roomId: string) =>
  (await pool.query<{ user_id: string }>('SELECT user_id FROM chat.members WHERE room_id = $1 ORDER BY joined_at, user_id', [roomId])).rows.map(
    (r) => r.user_id,
  );
async function createRoom(roomName: string, users: string[]): Promise<string> {
  const res = await admin.request('POST', '/admin/rooms', { payload: { roomName, users } });
  if (res.statusCode !== 200) throw new Error(`create room answered ${res.statusCode}: ${res.body}`);
  return res.json().roomId as string;
}

describe('POST /admin/rooms', () => {
  it('creates a room with the users (the first is its creator), announced with the admin as actor, and records it', async () => {
    const res = await admin.request('POST', '/admin/rooms', { payload: { roomName: 'Ops', users: [ann.id, bob.id] } });
    expect(res.statusCode).toBe(200);
    const { roomId } = res.json();
    const room = await pool.query('SELECT name, creator_id, last_seq FROM chat.rooms WHERE id = $1', [roomId]);
    expect(room.rows[0]).toEqual({ name: 'Ops', creator_id: ann.id, last_seq: '1' });
    expect((await members(roomId)).sort()).toEqual([ann.id, bob.id].sort());
    const event = await pool.query('SELECT type, actor_id, payload FROM chat.room_events WHERE room_id = $1', [roomId]);
    expect(event.rows).toEqual([{ type: 'room-joined', actor_id: adminId, payload: { room: roomId, roomName: 'Ops', users: [ann.id, bob.id], by: adminId, seq: 1 } }]);
    // The participants see it among their rooms.
    const theirs = await stack.app.inject({ method: 'GET', url: `/chat/rooms/${roomId}`, headers: { authorization: `Bearer ${bob.accessToken}` } });
    expect(theirs.statusCode).toBe(200);
    // The recorded participants are a set: their order follows the room's, not the request's.
    const created = await lastAudit();
    expect(created).toMatchObject({ admin: 'root@example.com', action: 'room.create', target: roomId, details: { name: 'Ops' } });
    expect([...created.details.users].sort()).toEqual([ann.id, bob.id].sort());
  });

  it('answers 404 naming a user who does not exist, creating nothing', async () => {
    const ghost = '00000000-0000-4000-8000-000000000000';
    const res = await admin.request('POST', '/admin/rooms', { payload: { roomName: 'Ghostly', users: [ann.id, ghost] } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: `users not found: ${ghost}` } });
    expect((await pool.query("SELECT 1 FROM chat.rooms WHERE name = 'Ghostly'")).rowCount).toBe(0);
  });
});

describe('GET /admin/rooms and GET /admin/rooms/:id', () => {
  it('lists rooms by name, newest first, with participant count, last activity and last seq', async () => {
    const quiet = await createRoom('Listing quiet', [cid.id]);
    const busy = await createRoom('Listing busy', [ann.id, bob.id, cid.id]);
    await send(ann, busy, 'one');
    await send(bob, busy, 'two');
    const res = await admin.request('GET', '/admin/rooms?search=listing&limit=10');
    expect(res.statusCode).toBe(200);
    const { rooms, count } = res.json();
    expect(count).toBe(2);
    expect(rooms.map((r: { _id: string }) => r._id)).toEqual([busy, quiet]);
    expect(rooms[0]).toEqual({
      _id: busy,
      name: 'Listing busy',
      creator: ann.id,
      participantCount: 3,
      messageCount: 2,
      lastActivity: expect.any(String),
      lastSeq: 3,
      createdAt: expect.any(String),
    });
    expect(Date.parse(rooms[0].lastActivity)).toBeGreaterThanOrEqual(Date.parse(rooms[0].createdAt));
    const page2 = await admin.request('GET', '/admin/rooms?search=listing&skip=1&limit=1');
    expect(page2.json().rooms.map((r: { _id: string }) => r._id)).toEqual([quiet]);
  });

  it('shows one room with its participants\' emails', async () => {
    const roomId = await createRoom('Detail', [ann.id, bob.id]);
    const res = await admin.request('GET', `/admin/rooms/${roomId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ _id: roomId, name: 'Detail', lastSeq: 1, participantCount: 2, createdAt: expect.any(String) });
    // Each with their email, plus (additions) display name, role and presence.
    expect(res.json().participants).toEqual(expect.arrayContaining([
      expect.objectContaining({ _id: ann.id, email: ann.email, role: 'owner', status: 'offline' }),
      expect.objectContaining({ _id: bob.id, email: bob.email, role: 'member', status: 'offline' }),
    ]));
    const missing = await admin.request('GET', '/admin/rooms/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });
});

describe('participants', () => {
  it('adds users to a room and records it; adding them again is 409', async () => {
    const roomId = await createRoom('Adding', [ann.id]);
    const res = await admin.request('PUT', `/admin/rooms/${roomId}/participants`, { payload: { users: [bob.id, cid.id] } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'Users added' });
    expect((await members(roomId)).sort()).toEqual([ann.id, bob.id, cid.id].sort());
    const added = await lastAudit();
    expect(added).toMatchObject({ action: 'room.add-participants', target: roomId });
    expect([...added.details.users].sort()).toEqual([bob.id, cid.id].sort());
    const again = await admin.request('PUT', `/admin/rooms/${roomId}/participants`, { payload: { users: [bob.id] } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ error: { code: 'ALREADY_EXISTS', message: `users already in the room: ${bob.id}` } });
  });

  it('removes a participant and records it; someone not in the room is 404', async () => {
    const roomId = await createRoom('Removing', [ann.id, bob.id]);
    const res = await admin.request('DELETE', `/admin/rooms/${roomId}/participants/${bob.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'Ok' });
    expect(await members(roomId)).toEqual([ann.id]);
    expect(await lastAudit()).toMatchObject({ action: 'room.remove-participant', target: roomId, details: { user: bob.id } });
    // Bob no longer reads it.
    const his = await stack.app.inject({ method: 'GET', url: `/chat/rooms/${roomId}`, headers: { authorization: `Bearer ${bob.accessToken}` } });
    expect(his.statusCode).toBe(404);
    const again = await admin.request('DELETE', `/admin/rooms/${roomId}/participants/${bob.id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual({ error: { code: 'NOT_FOUND', message: `user ${bob.id} is not a participant of room ${roomId}` } });
  });
});

describe('messages', () => {
  it('lists a room\'s messages newest first with sender emails, paging back with before', async () => {
    const roomId = await createRoom('Reading', [ann.id, bob.id]);
    for (let i = 1; i <= 4; i++) await send(i % 2 ? ann : bob, roomId, `m${i}`);
    const res = await admin.request('GET', `/admin/rooms/${roomId}/messages?limit=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([body.count, body.lastSeq]).toEqual([4, 5]);
    expect(body.messages.map((m: { message: string }) => m.message)).toEqual(['m4', 'm3', 'm2']);
    expect(body.messages[0]).toEqual({
      _id: expect.any(String),
      message: 'm4',
      messageType: 'text',
      files: [],
      senderUser: bob.id,
      senderEmail: bob.email,
      room: roomId,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      seq: 5,
    });
    const older = await admin.request('GET', `/admin/rooms/${roomId}/messages?before=${body.messages[2].seq}`);
    expect(older.json().messages.map((m: { message: string; senderEmail: string }) => [m.message, m.senderEmail])).toEqual([['m1', ann.email]]);
  });

  it('gives the room\'s events after a seq: the panel\'s live feed', async () => {
    const roomId = await createRoom('Feed', [ann.id]);
    const sent = await send(ann, roomId, 'live one');
    const res = await admin.request('GET', `/admin/rooms/${roomId}/events?since=1`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      events: [
        {
          room: roomId,
          seq: 2,
          type: 'message',
          payload: expect.objectContaining({ _id: sent.id, content: 'live one', sender: ann.id, seq: 2 }),
          createdAt: expect.any(String),
        },
      ],
      hasMore: false,
      gap: false,
      lastSeq: 2,
    });
    const all = await admin.request('GET', `/admin/rooms/${roomId}/events`);
    expect(all.json().events.map((e: { type: string }) => e.type)).toEqual(['room-joined', 'message']);
  });

  it('deletes anyone\'s message: gone from history, message-deleted in the feed, recorded', async () => {
    const roomId = await createRoom('Moderated', [ann.id, bob.id]);
    const message = await send(bob, roomId, 'delete me');
    const res = await admin.request('DELETE', `/admin/messages/${message.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'Ok' });
    expect((await pool.query('SELECT 1 FROM chat.messages WHERE id = $1', [message.id])).rowCount).toBe(0);
    const feed = await admin.request('GET', `/admin/rooms/${roomId}/events?since=2`);
    expect(feed.json().events).toMatchObject([{ type: 'message-deleted', seq: 3, payload: { messageId: message.id, room: roomId, seq: 3 } }]);
    const annSees = await stack.app.inject({
      method: 'GET',
      url: `/chat/messages?roomId=${roomId}`,
      headers: { authorization: `Bearer ${ann.accessToken}` },
    });
    expect(annSees.json()).toEqual({ messages: [], count: 0 });
    expect(await lastAudit()).toMatchObject({ action: 'message.delete', target: message.id });
    const again = await admin.request('DELETE', `/admin/messages/${message.id}`);
    expect(again.statusCode).toBe(404);
  });
});

describe('DELETE /admin/rooms/:id', () => {
  it('deletes a room: it leaves the listings and its participants lose it; recorded with its name', async () => {
    const roomId = await createRoom('Doomed', [ann.id, bob.id]);
    const res = await admin.request('DELETE', `/admin/rooms/${roomId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'Ok' });
    expect((await admin.request('GET', `/admin/rooms/${roomId}`)).statusCode).toBe(404);
    expect((await admin.request('GET', '/admin/rooms?search=Doomed')).json()).toEqual({ rooms: [], count: 0 });
    const hers = await stack.app.inject({ method: 'GET', url: `/chat/rooms/${roomId}`, headers: { authorization: `Bearer ${ann.accessToken}` } });
    expect(hers.statusCode).toBe(404);
    const stored = await pool.query('SELECT deleted_at FROM chat.rooms WHERE id = $1', [roomId]);
    // Marked at once; purged by the publisher once room-deleted is out.
    expect(stored.rowCount === 0 || stored.rows[0].deleted_at !== null).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'room.delete', target: roomId, details: { name: 'Doomed' } });
    expect((await admin.request('DELETE', `/admin/rooms/${roomId}`)).statusCode).toBe(404);
  });
});
