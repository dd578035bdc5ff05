import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let alice: string, bob: string, carol: string;
let roomId: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env);
  chat = stack.chat.client;
  [alice, bob, carol] = (await stack.users(3)) as [string, string, string];
  roomId = (await chat.CreateRoom({ user_id: alice, name: 'general', user_ids: [bob] })).id;
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const send = (userId: string, room: string, content: string, extra: { content_type?: string; files?: string[]; nonce?: string } = {}) =>
  chat.SendMessage({ user_id: userId, room_id: room, content, content_type: extra.content_type ?? '', files: extra.files ?? [], nonce: extra.nonce ?? '' });

async function freshRoom(): Promise<string> {
  return (await chat.CreateRoom({ user_id: alice, name: 'fresh', user_ids: [bob] })).id;
}

async function rows<T>(sql: string, params: unknown[]): Promise<T[]> {
  return (await stack.pool.query(sql, params)).rows as T[];
}

describe('SendMessage', () => {
  it('stores the message with the room\'s next seq, writes its event and bumps last_seq, all at once', async () => {
    const room = await freshRoom();
    const { message, duplicate } = await send(bob, room, 'hello', { files: ['https://files.example/a.png'], content_type: 'file' });
    expect(duplicate).toBe(false);
    expect(message).toMatchObject({ room_id: room, sender_id: bob, content: 'hello', content_type: 'file', files: ['https://files.example/a.png'], nonce: '', seq: '2' });
    expect(message!.id).toMatch(/^[0-9a-f-]{36}$/);
    const [event] = await rows<{ type: string; payload: Record<string, unknown> }>(
      'SELECT type, payload FROM chat.room_events WHERE room_id = $1 AND seq = 2',
      [room],
    );
    expect(event).toEqual({
      type: 'message',
      payload: {
        _id: message!.id,
        nonce: null,
        sender: bob,
        content: 'hello',
        contentType: 'file',
        files: ['https://files.example/a.png'],
        room,
        createdAt: message!.created_at,
        seq: 2,
      },
    });
    expect(await rows('SELECT last_seq, message_count FROM chat.rooms WHERE id = $1', [room])).toEqual([{ last_seq: '2', message_count: '1' }]);
  });

  it('relays typing (SendTyping) without storing it: nothing written, no seq taken; SendMessage refuses typing as a content type', async () => {
    const room = await freshRoom();
    const before = Date.now();
    const { created_at } = await chat.SendTyping({ user_id: bob, room_id: room, content: '...' });
    expect(Date.parse(created_at)).toBeGreaterThanOrEqual(before - 1000);
    expect(await rows('SELECT 1 FROM chat.messages WHERE room_id = $1', [room])).toEqual([]);
    expect((await chat.GetRoom({ user_id: bob, room_id: room })).last_seq).toBe('1');
    await expect(send(bob, room, '...', { content_type: 'typing' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'content_type must be one of text, file, multimedia, system',
    });
  });

  it('checks a typing signal like a message: content, ids and membership', async () => {
    const typing = (user_id: string, room_id: string, content: string) => chat.SendTyping({ user_id, room_id, content });
    await expect(typing(bob, roomId, '')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'content must not be empty' });
    await expect(typing(bob, roomId, 'x'.repeat(100_000))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^content must be at most/) });
    await expect(typing(bob, 'nope', '...')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/room_id/) });
    await expect(typing('nope', roomId, '...')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/user_id/) });
  });

  it('answers NOT_FOUND to a non-participant, for messages and typing alike, and stores nothing', async () => {
    await expect(send(carol, roomId, 'let me in')).rejects.toMatchObject({ code: 'NOT_FOUND', message: `room ${roomId} not found` });
    await expect(chat.SendTyping({ user_id: carol, room_id: roomId, content: '...' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `room ${roomId} not found` });
    expect(await rows('SELECT 1 FROM chat.messages WHERE sender_id = $1', [carol])).toEqual([]);
  });

  it('validates content, content type, nonce and ids', async () => {
    await expect(send(bob, roomId, '')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'content must not be empty' });
    await expect(send(bob, roomId, 'x'.repeat(10_001))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'content must be at most 10000 characters' });
    await expect(send(bob, roomId, 'x', { content_type: 'video' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'content_type must be one of text, file, multimedia, system',
    });
    await expect(send(bob, roomId, 'x', { nonce: 'n'.repeat(129) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'nonce must be at most 128 characters' });
    await expect(send(bob, 'room-1', 'x')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'room_id must be a UUID' });
    await expect(send('bob', roomId, 'x')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'user_id must be a UUID' });
  });

  it('is idempotent on the nonce: a retry returns the first message as a duplicate and writes nothing', async () => {
    const room = await freshRoom();
    const first = await send(bob, room, 'once', { nonce: 'n-1' });
    const again = await send(bob, room, 'once', { nonce: 'n-1' });
    expect(again).toEqual({ message: first.message, duplicate: true });
    expect(await rows('SELECT count(*) AS n FROM chat.messages WHERE room_id = $1', [room])).toEqual([{ n: '1' }]);
    expect((await chat.GetRoom({ user_id: bob, room_id: room })).last_seq).toBe('2');
    // The nonce belongs to its sender: someone else may use the same one.
    expect((await send(alice, room, 'once', { nonce: 'n-1' })).duplicate).toBe(false);
  });

  it('refuses the same nonce with different content', async () => {
    const room = await freshRoom();
    await send(bob, room, 'original', { nonce: 'n-2' });
    await expect(send(bob, room, 'changed', { nonce: 'n-2' })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: 'nonce already used for a different message',
    });
    expect(await rows('SELECT content FROM chat.messages WHERE room_id = $1', [room])).toEqual([{ content: 'original' }]);
  });
});

describe('ListMessages', () => {
  let room: string;
  beforeAll(async () => {
    room = await freshRoom();
    // seqs 2..31 (seq 1 is the room-joined event)
    for (let i = 1; i <= 30; i++) await send(i % 2 ? alice : bob, room, `m${i}`);
  });

  it('pages newest first with a default limit of 20 and the room\'s live message count', async () => {
    const page = await chat.ListMessages({ user_id: bob, room_id: room, skip: 0, limit: 0, before_seq: 0, after_seq: 0 });
    expect(page.count).toBe('30');
    expect(page.messages.map((m) => m.content)).toEqual(Array.from({ length: 20 }, (_, i) => `m${30 - i}`));
    const next = await chat.ListMessages({ user_id: bob, room_id: room, skip: 20, limit: 5, before_seq: 0, after_seq: 0 });
    expect(next.messages.map((m) => m.content)).toEqual(['m10', 'm9', 'm8', 'm7', 'm6']);
  });

  it('walks by seq cursors: before goes back, after comes forward, both still newest first', async () => {
    const before = await chat.ListMessages({ user_id: bob, room_id: room, skip: 0, limit: 3, before_seq: 10, after_seq: 0 });
    expect(before.messages.map((m) => m.seq)).toEqual(['9', '8', '7']);
    const after = await chat.ListMessages({ user_id: bob, room_id: room, skip: 0, limit: 3, after_seq: 10, before_seq: 0 });
    expect(after.messages.map((m) => m.seq)).toEqual(['13', '12', '11']);
    const between = await chat.ListMessages({ user_id: bob, room_id: room, skip: 0, limit: 10, after_seq: 10, before_seq: 14 });
    expect(between.messages.map((m) => m.seq)).toEqual(['13', '12', '11']);
  });

  it('caps the limit at 100', async () => {
    const page = await chat.ListMessages({ user_id: bob, room_id: room, skip: 0, limit: 1000, before_seq: 0, after_seq: 0 });
    expect(page.messages).toHaveLength(30);
    await expect(chat.ListMessages({ user_id: bob, room_id: room, skip: -1, limit: 1, before_seq: 0, after_seq: 0 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('without a room, lists across all the caller\'s rooms, newest first, counting those rooms', async () => {
    const [u1, u2, u3] = (await stack.users(3)) as [string, string, string];
    const r1 = (await chat.CreateRoom({ user_id: u1, name: 'a', user_ids: [u2] })).id;
    const r2 = (await chat.CreateRoom({ user_id: u1, name: 'b', user_ids: [u3] })).id;
    const r3 = (await chat.CreateRoom({ user_id: u2, name: 'not mine', user_ids: [u3] })).id;
    await send(u1, r1, 'first');
    await send(u3, r2, 'second');
    await send(u2, r3, 'elsewhere');
    await send(u2, r1, 'third');
    const page = await chat.ListMessages({ user_id: u1, room_id: '', skip: 0, limit: 10, before_seq: 0, after_seq: 0 });
    expect(page.messages.map((m) => m.content)).toEqual(['third', 'second', 'first']);
    expect(page.count).toBe('3');
    const skipped = await chat.ListMessages({ user_id: u1, room_id: '', skip: 1, limit: 1, before_seq: 0, after_seq: 0 });
    expect(skipped.messages.map((m) => m.content)).toEqual(['second']);
  });

  it('answers NOT_FOUND to a non-participant', async () => {
    await expect(chat.ListMessages({ user_id: carol, room_id: room, skip: 0, limit: 0, before_seq: 0, after_seq: 0 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `room ${room} not found`,
    });
  });
});

describe('GetMessage', () => {
  it('gives a participant the message and a non-participant NOT_FOUND', async () => {
    const { message } = await send(alice, roomId, 'look');
    expect(await chat.GetMessage({ user_id: bob, message_id: message!.id })).toEqual(message);
    await expect(chat.GetMessage({ user_id: carol, message_id: message!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `message ${message!.id} not found`,
    });
    await expect(chat.GetMessage({ user_id: bob, message_id: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('EditMessage', () => {
  it('lets the sender edit their message, appending a message-edited event', async () => {
    const room = await freshRoom();
    const { message } = await send(bob, room, 'typo');
    const edited = await chat.EditMessage({ user_id: bob, message_id: message!.id, content: 'fixed' });
    expect(edited).toMatchObject({ id: message!.id, content: 'fixed', seq: message!.seq });
    expect((await chat.GetMessage({ user_id: alice, message_id: message!.id })).content).toBe('fixed');
    const [event] = await rows<{ type: string; payload: unknown }>('SELECT type, payload FROM chat.room_events WHERE room_id = $1 AND seq = 3', [room]);
    expect(event).toEqual({
      type: 'message-edited',
      payload: { messageId: message!.id, message: 'fixed', room, seq: 3, updatedAt: edited.updated_at },
    });
  });

  it('refuses someone else\'s message with PERMISSION_DENIED and a stranger with NOT_FOUND', async () => {
    const { message } = await send(bob, roomId, 'mine');
    await expect(chat.EditMessage({ user_id: alice, message_id: message!.id, content: 'hijack' })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'only the sender can edit a message',
    });
    await expect(chat.EditMessage({ user_id: carol, message_id: message!.id, content: 'hijack' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `message ${message!.id} not found`,
    });
    await expect(chat.EditMessage({ user_id: bob, message_id: message!.id, content: '' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await chat.GetMessage({ user_id: bob, message_id: message!.id })).content).toBe('mine');
  });
});

describe('DeleteMessage', () => {
  it('removes the sender\'s message, appends message-deleted and strips the text from the original event', async () => {
    const room = await freshRoom();
    const { message } = await send(bob, room, 'secret', { files: ['f1'] });
    await send(bob, room, 'stays');
    await chat.DeleteMessage({ user_id: bob, message_id: message!.id });

    await expect(chat.GetMessage({ user_id: bob, message_id: message!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rows('SELECT 1 FROM chat.messages WHERE id = $1', [message!.id])).toEqual([]);
    const page = await chat.ListMessages({ user_id: bob, room_id: room, skip: 0, limit: 0, before_seq: 0, after_seq: 0 });
    expect(page.messages.map((m) => m.content)).toEqual(['stays']);
    expect(page.count).toBe('1');

    const events = await chat.ListEvents({ user_id: alice, room_id: room, since: 0, limit: 0 });
    const payloads = events.events.map((e) => [e.type, JSON.parse(e.payload_json)]);
    expect(payloads[1]).toEqual(['message', expect.objectContaining({ _id: message!.id, content: '', files: [], deleted: true })]);
    expect(JSON.stringify(payloads)).not.toContain('secret');
    expect(payloads[3]).toEqual(['message-deleted', { messageId: message!.id, room, seq: 4 }]);
  });

  it('refuses someone else\'s message with PERMISSION_DENIED and a stranger with NOT_FOUND', async () => {
    const { message } = await send(bob, roomId, 'keep me');
    await expect(chat.DeleteMessage({ user_id: alice, message_id: message!.id })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'only the sender can delete a message',
    });
    await expect(chat.DeleteMessage({ user_id: carol, message_id: message!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await chat.GetMessage({ user_id: bob, message_id: message!.id })).content).toBe('keep me');
  });

  it('frees nothing twice: deleting a deleted message is NOT_FOUND', async () => {
    const { message } = await send(bob, roomId, 'once');
    await chat.DeleteMessage({ user_id: bob, message_id: message!.id });
    await expect(chat.DeleteMessage({ user_id: bob, message_id: message!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('edit and delete switches', () => {
  it('answers PERMISSION_DENIED when editing or deleting is switched off, changing nothing', async () => {
    const locked = await stack.startChat({ CHAT_ALLOW_MESSAGE_EDIT: 'false', CHAT_ALLOW_MESSAGE_DELETE: 'false' });
    try {
      const { message } = await send(bob, roomId, 'carved in stone');
      await expect(locked.client.EditMessage({ user_id: bob, message_id: message!.id, content: 'x' })).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
        message: 'message editing is disabled',
      });
      await expect(locked.client.DeleteMessage({ user_id: bob, message_id: message!.id })).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
        message: 'message deletion is disabled',
      });
      expect((await chat.GetMessage({ user_id: bob, message_id: message!.id })).content).toBe('carved in stone');
    } finally {
      await locked.close();
    }
  });
});
