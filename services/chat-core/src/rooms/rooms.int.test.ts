import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let alice: string, bob: string, carol: string, dave: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env);
  chat = stack.chat.client;
  [alice, bob, carol, dave] = (await stack.users(4)) as [string, string, string, string];
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const createRoom = (userId: string, userIds: string[], name = 'Conduit Users') => chat.CreateRoom({ user_id: userId, name, user_ids: userIds });

async function rows<T>(sql: string, params: unknown[]): Promise<T[]> {
  return (await stack.pool.query(sql, params)).rows as T[];
}

describe('CreateRoom', () => {
  it('makes the creator a participant, ignores their own id among the others and folds duplicates', async () => {
    const room = await createRoom(alice, [bob, alice, carol, bob.toUpperCase()]);
    expect(room.name).toBe('Conduit Users');
    expect(room.creator_id).toBe(alice);
    expect([...room.participants].sort()).toEqual([alice, bob, carol].sort());
    expect(room.last_seq).toBe('1');
    expect(room.last_message).toBeNull();

    const log = await rows<{ user_id: string; action: string; actor_id: string }>(
      'SELECT user_id, action, actor_id FROM chat.membership_log WHERE room_id = $1 ORDER BY id',
      [room.id],
    );
    expect(log).toContainEqual({ user_id: alice, action: 'create', actor_id: alice });
    expect(log.filter((l) => l.action === 'add').map((l) => l.user_id).sort()).toEqual([bob, carol].sort());
    const events = await rows<{ seq: string; type: string; payload: Record<string, unknown> }>(
      'SELECT seq, type, payload FROM chat.room_events WHERE room_id = $1',
      [room.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ seq: '1', type: 'room-joined', payload: { room: room.id, roomName: 'Conduit Users', by: alice, seq: 1 } });
    expect((events[0]!.payload.users as string[]).sort()).toEqual([alice, bob, carol].sort());
  });

  it('refuses unknown users, naming them, and writes nothing', async () => {
    const ghost1 = randomUUID();
    const ghost2 = randomUUID();
    const before = await rows<{ n: string }>('SELECT count(*) AS n FROM chat.rooms', []);
    await expect(createRoom(alice, [bob, ghost1, ghost2])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `users not found: ${ghost1}, ${ghost2}`,
    });
    expect(await rows('SELECT count(*) AS n FROM chat.rooms', [])).toEqual(before);
  });

  it('validates the name, the ids and the number of users', async () => {
    await expect(createRoom(alice, [bob], '')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'name must be 1..200 characters' });
    await expect(createRoom(alice, [bob], 'x'.repeat(201))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(createRoom('not-a-uuid', [bob])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'user_id must be a UUID' });
    await expect(createRoom(alice, [bob, 'nope'])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'user_ids[1] must be a UUID' });
    await expect(createRoom(alice, [])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'user_ids must name at least one user' });
    const tooMany = Array.from({ length: 101 }, () => randomUUID());
    await expect(createRoom(alice, tooMany)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'user_ids may name at most 100 users' });
  });
});

describe('AddUsers', () => {
  it('adds users: they become participants, with a log entry and a room-joined event', async () => {
    const room = await createRoom(alice, [bob]);
    await expect(chat.AddUsers({ user_id: bob, room_id: room.id, user_ids: [carol, dave] })).resolves.toEqual({ invited: false });
    const after = await chat.GetRoom({ user_id: carol, room_id: room.id });
    expect([...after.participants].sort()).toEqual([alice, bob, carol, dave].sort());
    expect(after.last_seq).toBe('2');
    const [event] = await rows<{ type: string; payload: unknown; actor_id: string }>(
      'SELECT type, payload, actor_id FROM chat.room_events WHERE room_id = $1 AND seq = 2',
      [room.id],
    );
    expect(event).toEqual({ type: 'room-joined', actor_id: bob, payload: { room: room.id, roomName: 'Conduit Users', users: [carol, dave], by: bob, seq: 2 } });
    const log = await rows<{ user_id: string; action: string; actor_id: string }>(
      `SELECT user_id, action, actor_id FROM chat.membership_log WHERE room_id = $1 AND action = 'add' AND actor_id = $2`,
      [room.id, bob],
    );
    expect(log.map((l) => l.user_id).sort()).toEqual([carol, dave].sort());
  });

  it('refuses a user who is already a participant, naming them, and changes nothing', async () => {
    const room = await createRoom(alice, [bob]);
    await expect(chat.AddUsers({ user_id: alice, room_id: room.id, user_ids: [carol, bob] })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: `users already in the room: ${bob}`,
    });
    const after = await chat.GetRoom({ user_id: alice, room_id: room.id });
    expect([...after.participants].sort()).toEqual([alice, bob].sort());
    expect(after.last_seq).toBe('1');
  });

  it('refuses unknown users and changes nothing', async () => {
    const room = await createRoom(alice, [bob]);
    const ghost = randomUUID();
    await expect(chat.AddUsers({ user_id: alice, room_id: room.id, user_ids: [carol, ghost] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `users not found: ${ghost}`,
    });
    expect((await chat.GetRoom({ user_id: alice, room_id: room.id })).participants).toHaveLength(2);
  });

  it('answers NOT_FOUND to a non-participant, as if the room did not exist', async () => {
    const room = await createRoom(alice, [bob]);
    await expect(chat.AddUsers({ user_id: carol, room_id: room.id, user_ids: [dave] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `room ${room.id} not found`,
    });
    const missing = randomUUID();
    await expect(chat.AddUsers({ user_id: carol, room_id: missing, user_ids: [dave] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `room ${missing} not found`,
    });
    await expect(chat.AddUsers({ user_id: alice, room_id: 'x', user_ids: [dave] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'room_id must be a UUID',
    });
  });
});

describe('LeaveRoom', () => {
  it('removes the participant with a log entry and a room-left event', async () => {
    const room = await createRoom(alice, [bob]);
    await chat.LeaveRoom({ user_id: bob, room_id: room.id });
    await expect(chat.GetRoom({ user_id: bob, room_id: room.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const after = await chat.GetRoom({ user_id: alice, room_id: room.id });
    expect(after.participants).toEqual([alice]);
    const [event] = await rows<{ type: string; payload: unknown }>('SELECT type, payload FROM chat.room_events WHERE room_id = $1 AND seq = 2', [room.id]);
    expect(event).toEqual({ type: 'room-left', payload: { room: room.id, user: bob, seq: 2 } });
    expect(await rows(`SELECT actor_id FROM chat.membership_log WHERE room_id = $1 AND action = 'leave'`, [room.id])).toEqual([{ actor_id: bob }]);
  });

  it('answers NOT_FOUND to someone who is not a participant', async () => {
    const room = await createRoom(alice, [bob]);
    await expect(chat.LeaveRoom({ user_id: carol, room_id: room.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `room ${room.id} not found`,
    });
  });

  it('deletes the room when the last participant leaves, after announcing it', async () => {
    const room = await createRoom(alice, [bob]);
    await chat.SendMessage({ user_id: alice, room_id: room.id, content: 'bye', content_type: '', files: [], nonce: '' });
    await chat.LeaveRoom({ user_id: alice, room_id: room.id });
    await chat.LeaveRoom({ user_id: bob, room_id: room.id });
    await expect(chat.GetRoom({ user_id: bob, room_id: room.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Purged once its room-deleted event (seq 5) is published: nothing of the room stays.
    await waitFor('the room to be purged', async () =>
      (await rows('SELECT 1 FROM chat.rooms WHERE id = $1', [room.id])).length === 0 ? true : undefined,
    );
    expect(await rows('SELECT 1 FROM chat.messages WHERE room_id = $1', [room.id])).toEqual([]);
    expect(await rows('SELECT 1 FROM chat.room_events WHERE room_id = $1', [room.id])).toEqual([]);
    expect(await rows('SELECT 1 FROM chat.members WHERE room_id = $1', [room.id])).toEqual([]);
  });
});

describe('reading rooms', () => {
  it('lists the caller\'s rooms, newest activity first, with participants, last message, unread count and count', async () => {
    const [u1, u2] = (await stack.users(2)) as [string, string];
    const older = await createRoom(u1, [u2], 'older');
    const newer = await createRoom(u1, [u2], 'newer');
    await chat.SendMessage({ user_id: u2, room_id: older.id, content: 'one', content_type: '', files: [], nonce: '' });
    await chat.SendMessage({ user_id: u2, room_id: older.id, content: 'two', content_type: '', files: [], nonce: '' });
    await chat.SendMessage({ user_id: u1, room_id: older.id, content: 'mine', content_type: '', files: [], nonce: '' });

    const page = await chat.ListRooms({ user_id: u1, skip: 0, limit: 0 });
    expect(page.count).toBe('2');
    expect(page.rooms.map((r) => r.name)).toEqual(['older', 'newer']);
    const [first] = page.rooms;
    expect(first!.last_message).toMatchObject({ content: 'mine', sender_id: u1, seq: '4' });
    // Two unread from u2; u1's own message does not count.
    expect(first!.unread_count).toBe('2');
    expect([...first!.participants].sort()).toEqual([u1, u2].sort());
    expect((await chat.ListRooms({ user_id: u2, skip: 0, limit: 0 })).rooms[0]!.unread_count).toBe('1');

    const second = await chat.ListRooms({ user_id: u1, skip: 1, limit: 1 });
    expect(second.rooms.map((r) => r.id)).toEqual([newer.id]);
    expect(second.count).toBe('2');
  });

  it('caps the page size at 100', async () => {
    const [u] = (await stack.users(1)) as [string];
    await Promise.all(Array.from({ length: 102 }, (_, i) => createRoom(u, [alice], `r${i}`)));
    const page = await chat.ListRooms({ user_id: u, skip: 0, limit: 500 });
    expect(page.rooms).toHaveLength(100);
    expect(page.count).toBe('102');
  });

  it('GetRoom answers NOT_FOUND to a non-participant and for an unknown room', async () => {
    const room = await createRoom(alice, [bob]);
    await expect(chat.GetRoom({ user_id: carol, room_id: room.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `room ${room.id} not found` });
    await expect(chat.GetRoom({ user_id: alice, room_id: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('ListUserRoomIds gives the ids of the user\'s live rooms only', async () => {
    const [u1, u2] = (await stack.users(2)) as [string, string];
    const a = await createRoom(u1, [u2]);
    const b = await createRoom(u2, [u1]);
    const left = await createRoom(u1, [u2]);
    await chat.LeaveRoom({ user_id: u1, room_id: left.id });
    const { room_ids } = await chat.ListUserRoomIds({ user_id: u1 });
    expect([...room_ids].sort()).toEqual([a.id, b.id].sort());
  });
});

describe('MarkRead', () => {
  it('moves the read seq forwards only, 0 meaning the room\'s last seq, and drives unread counts', async () => {
    const [u1, u2] = (await stack.users(2)) as [string, string];
    const room = await createRoom(u1, [u2]);
    for (const content of ['a', 'b', 'c']) await chat.SendMessage({ user_id: u1, room_id: room.id, content, content_type: '', files: [], nonce: '' });
    expect((await chat.GetRoom({ user_id: u2, room_id: room.id })).unread_count).toBe('3');

    expect(await chat.MarkRead({ user_id: u2, room_id: room.id, seq: 3 })).toEqual({ last_read_seq: '3' });
    expect((await chat.GetRoom({ user_id: u2, room_id: room.id })).unread_count).toBe('1');
    // Never backwards.
    expect(await chat.MarkRead({ user_id: u2, room_id: room.id, seq: 2 })).toEqual({ last_read_seq: '3' });
    // Never past the room's last seq.
    expect(await chat.MarkRead({ user_id: u2, room_id: room.id, seq: 99 })).toEqual({ last_read_seq: '4' });
    await chat.SendMessage({ user_id: u1, room_id: room.id, content: 'd', content_type: '', files: [], nonce: '' });
    expect(await chat.MarkRead({ user_id: u2, room_id: room.id, seq: 0 })).toEqual({ last_read_seq: '5' });
    expect((await chat.GetRoom({ user_id: u2, room_id: room.id })).unread_count).toBe('0');
    // A live signal: not in the timeline.
    expect((await chat.GetRoom({ user_id: u2, room_id: room.id })).last_seq).toBe('5');
  });

  it('answers NOT_FOUND to a non-participant', async () => {
    const room = await createRoom(alice, [bob]);
    await expect(chat.MarkRead({ user_id: carol, room_id: room.id, seq: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a non-participant', () => {
  it('gets NOT_FOUND for everything about a room and its messages, never PERMISSION_DENIED, and changes nothing', async () => {
    const room = await createRoom(alice, [bob]);
    const { message } = await chat.SendMessage({ user_id: bob, room_id: room.id, content: 'private', content_type: '', files: [], nonce: '' });
    const roomGone = { code: 'NOT_FOUND', message: `room ${room.id} not found` };
    const messageGone = { code: 'NOT_FOUND', message: `message ${message!.id} not found` };
    const calls: [string, () => Promise<unknown>, object][] = [
      ['GetRoom', () => chat.GetRoom({ user_id: carol, room_id: room.id }), roomGone],
      ['AddUsers', () => chat.AddUsers({ user_id: carol, room_id: room.id, user_ids: [dave] }), roomGone],
      ['LeaveRoom', () => chat.LeaveRoom({ user_id: carol, room_id: room.id }), roomGone],
      ['SendMessage', () => chat.SendMessage({ user_id: carol, room_id: room.id, content: 'x', content_type: '', files: [], nonce: '' }), roomGone],
      ['ListMessages', () => chat.ListMessages({ user_id: carol, room_id: room.id, skip: 0, limit: 0, before_seq: 0, after_seq: 0 }), roomGone],
      ['MarkRead', () => chat.MarkRead({ user_id: carol, room_id: room.id, seq: 0 }), roomGone],
      ['ListEvents', () => chat.ListEvents({ user_id: carol, room_id: room.id, since: 0, limit: 0 }), roomGone],
      ['GetMessage', () => chat.GetMessage({ user_id: carol, message_id: message!.id }), messageGone],
      ['EditMessage', () => chat.EditMessage({ user_id: carol, message_id: message!.id, content: 'x' }), messageGone],
      ['DeleteMessage', () => chat.DeleteMessage({ user_id: carol, message_id: message!.id }), messageGone],
    ];
    for (const [rpc, call, expected] of calls) await expect(call(), rpc).rejects.toMatchObject(expected);
    const after = await chat.GetRoom({ user_id: alice, room_id: room.id });
    expect(after.last_seq).toBe('2');
    expect([...after.participants].sort()).toEqual([alice, bob].sort());
    expect((await chat.ListRooms({ user_id: carol, skip: 0, limit: 100 })).rooms.map((r) => r.id)).not.toContain(room.id);
    expect((await chat.ListMessages({ user_id: carol, room_id: '', skip: 0, limit: 100, before_seq: 0, after_seq: 0 })).messages.map((m) => m.id)).not.toContain(message!.id);
  });
});

describe('Health', () => {
  it('is SERVING with postgres and redis checked', async () => {
    expect(await chat.Health({})).toEqual({ status: 'SERVING', checks: { postgres: 'ok', redis: 'ok' } });
  });
});
