import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startListener, type Listener, type Received } from '@chat/testing/chat-core/test-listener.ts';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

/**
 * The admin rpcs, with a Socket.IO server wired as routers are (the Redis
 * adapter on the shared key, each socket in its user's channel), to show
 * that admin changes reach sockets live like users' changes do.
 */

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let listener: Listener;
const admin = randomUUID();
let alice: string, bob: string, carol: string;

const client = async (userId: string): Promise<Received[]> => (await listener.client(userId)).received;

const ofRoom = (received: Received[], room: string) => received.filter((r) => r.payload.room === room).map((r) => [r.event, r.payload]);
const send = (userId: string, room: string, content: string) =>
  chat.SendMessage({ user_id: userId, room_id: room, content, content_type: '', files: [], nonce: '' }).then((r) => r.message!);
const createRoom = (name: string, userIds: string[]) => chat.AdminCreateRoom({ admin_id: admin, name, user_ids: userIds });
const query = async <T>(sql: string, values: unknown[]) => (await stack.pool.query(sql, values)).rows as T[];

beforeAll(async () => {
  env = await createTestEnv();
  listener = await startListener(env);
  // Users may not delete their own messages here; an admin still can.
  stack = await startTestStack(env, { CHAT_ALLOW_MESSAGE_DELETE: 'false', CHAT_EXPLICIT_ROOM_JOINS: 'true' });
  chat = stack.chat.client;
  [alice, bob, carol] = (await stack.users(3)) as [string, string, string];
});

afterAll(async () => {
  await listener?.close();
  await stack?.close();
  await env?.cleanup();
});

describe('AdminCreateRoom', () => {
  it('makes the first user listed the creator, joins everyone at once, and tells their sockets', async () => {
    const a = await client(alice);
    const room = await createRoom('made by admin', [alice, bob]);
    expect(room).toMatchObject({ name: 'made by admin', creator_id: alice, participant_count: '2', last_seq: '1', message_count: '0' });
    expect(room.participants.sort()).toEqual([alice, bob].sort());
    expect(await query('SELECT user_id, action, actor_id FROM chat.membership_log WHERE room_id = $1 ORDER BY id', [room.id])).toEqual([
      { user_id: alice, action: 'create', actor_id: admin },
      { user_id: bob, action: 'add', actor_id: admin },
    ]);
    await waitFor('alice to hear of the room', () => (ofRoom(a, room.id).length > 0 ? true : undefined));
    expect(ofRoom(a, room.id)).toEqual([['room-joined', { room: room.id, roomName: 'made by admin', users: [alice, bob], by: admin, seq: 1 }]]);
    // The participants see it as their own room.
    await expect(chat.GetRoom({ user_id: bob, room_id: room.id })).resolves.toMatchObject({ id: room.id, creator_id: alice });
  });

  it('refuses no users, an unknown user and a blank name, writing nothing', async () => {
    const before = await query<{ n: number }>('SELECT count(*)::int AS n FROM chat.rooms', []);
    await expect(createRoom('x', [])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'user_ids must name at least one user' });
    const ghost = randomUUID();
    await expect(createRoom('x', [alice, ghost])).rejects.toMatchObject({ code: 'NOT_FOUND', message: `users not found: ${ghost}` });
    await expect(createRoom('  ', [alice])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'name must be 1..200 characters' });
    expect(await query('SELECT count(*)::int AS n FROM chat.rooms', [])).toEqual(before);
  });
});

describe('ListAllRooms and AdminGetRoom', () => {
  it('lists every live room newest first with counts, searching names case-insensitively and literally', async () => {
    const older = await createRoom('Search 50% off', [alice]);
    const newer = await createRoom('search me', [alice, bob, carol]);
    await send(bob, newer.id, 'hello');
    const found = await chat.ListAllRooms({ search: 'SEARCH', skip: 0, limit: 10 });
    expect(found.count).toBe('2');
    expect(found.rooms.map((r) => [r.id, r.participant_count, r.last_seq, r.message_count])).toEqual([
      [newer.id, '3', '2', '1'],
      [older.id, '1', '1', '0'],
    ]);
    expect(found.rooms[0]!.participants).toEqual([]);
    expect(Date.parse(found.rooms[0]!.last_activity)).toBeGreaterThanOrEqual(Date.parse(newer.created_at));
    const literal = await chat.ListAllRooms({ search: '50%', skip: 0, limit: 10 });
    expect(literal.rooms.map((r) => r.id)).toEqual([older.id]);
    const second = await chat.ListAllRooms({ search: 'search', skip: 1, limit: 1 });
    expect(second.rooms.map((r) => r.id)).toEqual([older.id]);
  });

  it('gets any room without being in it, and answers NOT_FOUND for an unknown or deleted one', async () => {
    const room = await createRoom('visible', [bob]);
    await expect(chat.AdminGetRoom({ admin_id: admin, room_id: room.id })).resolves.toMatchObject({ id: room.id, participants: [bob] });
    await chat.AdminDeleteRoom({ admin_id: admin, room_id: room.id });
    await expect(chat.AdminGetRoom({ admin_id: admin, room_id: room.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(chat.AdminGetRoom({ admin_id: admin, room_id: 'nope' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'room_id must be a UUID',
    });
  });
});

describe('participants', () => {
  it('adds users at once even with explicit room joins on, and their sockets join the room', async () => {
    const c = await client(carol);
    const room = await createRoom('growing', [alice]);
    await chat.AdminAddParticipants({ admin_id: admin, room_id: room.id, user_ids: [carol] });
    await send(alice, room.id, 'welcome carol');
    await waitFor('carol to get the welcome', () => (ofRoom(c, room.id).some(([e]) => e === 'message') ? true : undefined));
    expect(ofRoom(c, room.id).map(([e, p]) => [e, (p as Received['payload']).seq])).toEqual([
      ['room-joined', 2],
      ['message', 3],
    ]);
    await expect(chat.AdminAddParticipants({ admin_id: admin, room_id: room.id, user_ids: [carol] })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: `users already in the room: ${carol}`,
    });
    expect(await query('SELECT count(*)::int AS n FROM chat.invitations WHERE room_id = $1', [room.id])).toEqual([{ n: 0 }]);
  });

  it('removes a participant with room-left naming the admin, and deletes the room with its last one', async () => {
    const b = await client(bob);
    const room = await createRoom('shrinking', [alice, bob]);
    await chat.AdminRemoveParticipant({ admin_id: admin, room_id: room.id, user_id: bob });
    await waitFor('bob to be told', () => (ofRoom(b, room.id).some(([e]) => e === 'room-left') ? true : undefined));
    expect(ofRoom(b, room.id).at(-1)).toEqual(['room-left', { room: room.id, user: bob, by: admin, seq: 2 }]);
    expect(await query('SELECT user_id, action, actor_id FROM chat.membership_log WHERE room_id = $1 AND action = $2', [room.id, 'remove'])).toEqual([
      { user_id: bob, action: 'remove', actor_id: admin },
    ]);
    // Out of the room's channel: later messages do not reach bob.
    await send(alice, room.id, 'bob is gone');
    await expect(chat.AdminRemoveParticipant({ admin_id: admin, room_id: room.id, user_id: bob })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `user ${bob} is not a participant of room ${room.id}`,
    });

    await chat.AdminRemoveParticipant({ admin_id: admin, room_id: room.id, user_id: alice });
    const events = await chat.AdminListEvents({ room_id: room.id, since: 0, limit: 0 }).catch((e: unknown) => e);
    expect(events).toMatchObject({ code: 'NOT_FOUND' });
    expect(ofRoom(b, room.id).map(([e]) => e)).toEqual(['room-joined', 'room-left']);
  });
});

describe('messages', () => {
  it('lists a room\'s messages newest first with a before cursor, the live count and last seq', async () => {
    const room = await createRoom('history', [alice, bob]);
    for (let i = 1; i <= 5; i++) await send(i % 2 ? alice : bob, room.id, `m${i}`);
    const first = await chat.AdminListMessages({ room_id: room.id, limit: 2, before_seq: 0 });
    expect(first.messages.map((m) => m.content)).toEqual(['m5', 'm4']);
    expect([first.count, first.last_seq]).toEqual(['5', '6']);
    const next = await chat.AdminListMessages({ room_id: room.id, limit: 2, before_seq: first.messages.at(-1)!.seq });
    expect(next.messages.map((m) => m.content)).toEqual(['m3', 'm2']);
    await expect(chat.AdminListMessages({ room_id: randomUUID(), limit: 2, before_seq: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes anyone\'s message (user deletion is off here) with a message-deleted event, its text redacted from replay', async () => {
    const a = await client(alice);
    const room = await createRoom('moderated', [alice, bob]);
    const message = await send(bob, room.id, 'something rude');
    await expect(chat.DeleteMessage({ user_id: bob, message_id: message.id })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

    await chat.AdminDeleteMessage({ admin_id: admin, message_id: message.id });
    await waitFor('alice to see the delete', () => (ofRoom(a, room.id).some(([e]) => e === 'message-deleted') ? true : undefined));
    expect(ofRoom(a, room.id).at(-1)).toEqual(['message-deleted', { messageId: message.id, room: room.id, seq: 3 }]);
    const history = await chat.AdminListMessages({ room_id: room.id, limit: 10, before_seq: 0 });
    expect([history.messages, history.count, history.last_seq]).toEqual([[], '0', '3']);
    expect(await query('SELECT count(*)::int AS n FROM chat.messages WHERE id = $1', [message.id])).toEqual([{ n: 0 }]);
    const { events } = await chat.AdminListEvents({ room_id: room.id, since: 1, limit: 0 });
    expect(events.map((e) => [e.seq, e.type, JSON.parse(e.payload_json).content])).toEqual([
      ['2', 'message', ''],
      ['3', 'message-deleted', undefined],
    ]);
    expect(await query('SELECT actor_id FROM chat.room_events WHERE room_id = $1 AND seq = 3', [room.id])).toEqual([{ actor_id: admin }]);
    await expect(chat.AdminDeleteMessage({ admin_id: admin, message_id: message.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `message ${message.id} not found`,
    });
  });
});

describe('AdminListEvents and AdminDeleteRoom', () => {
  it('replays any room\'s timeline after a seq, without the admin being a participant', async () => {
    const room = await createRoom('feed', [alice]);
    await send(alice, room.id, 'one');
    await send(alice, room.id, 'two');
    const page = await chat.AdminListEvents({ room_id: room.id, since: 1, limit: 1 });
    expect(page).toMatchObject({ has_more: true, gap: false, last_seq: '3' });
    expect(page.events.map((e) => [e.seq, e.type])).toEqual([['2', 'message']]);
  });

  it('deletes a room: its sockets get room-deleted, and it leaves every listing', async () => {
    const a = await client(alice);
    const room = await createRoom('doomed', [alice, bob]);
    await chat.AdminDeleteRoom({ admin_id: admin, room_id: room.id });
    await waitFor('alice to see room-deleted', () => (ofRoom(a, room.id).some(([e]) => e === 'room-deleted') ? true : undefined));
    expect(ofRoom(a, room.id).at(-1)).toEqual(['room-deleted', { room: room.id, seq: 2 }]);
    const { rooms } = await chat.ListAllRooms({ search: 'doomed', skip: 0, limit: 10 });
    expect(rooms).toEqual([]);
    await expect(chat.GetRoom({ user_id: alice, room_id: room.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(chat.AdminDeleteRoom({ admin_id: admin, room_id: room.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
