import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

// A file of its own: whether deleted rooms are purged is the publishing
// process's setting, so no process here may run without audit mode.

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let alice: string, bob: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { CHAT_AUDIT_MODE: 'true' });
  chat = stack.chat.client;
  [alice, bob] = (await stack.users(2)) as [string, string];
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

async function rows<T>(sql: string, params: unknown[]): Promise<T[]> {
  return (await stack.pool.query(sql, params)).rows as T[];
}

const send = (userId: string, room: string, content: string) =>
  chat.SendMessage({ user_id: userId, room_id: room, content, content_type: '', files: [], nonce: '' });

describe('audit mode', () => {
  it('keeps a room deleted by its last participant, with its messages and log, marked and hidden', async () => {
    const room = (await chat.CreateRoom({ user_id: alice, name: 'kept', user_ids: [bob] })).id;
    await send(bob, room, 'on record');
    await chat.LeaveRoom({ user_id: alice, room_id: room });
    await chat.LeaveRoom({ user_id: bob, room_id: room });

    await waitFor('the room-deleted event to be published', async () =>
      (await rows('SELECT 1 FROM chat.outbox WHERE room_id = $1', [room])).length === 0 ? true : undefined,
    );
    // Give a wrong purge the time to happen.
    await new Promise((r) => setTimeout(r, 200));
    const [kept] = await rows<{ deleted_at: Date | null }>('SELECT deleted_at FROM chat.rooms WHERE id = $1', [room]);
    expect(kept?.deleted_at).toBeInstanceOf(Date);
    expect(await rows('SELECT content FROM chat.messages WHERE room_id = $1', [room])).toEqual([{ content: 'on record' }]);
    const types = await rows<{ type: string }>('SELECT type FROM chat.room_events WHERE room_id = $1 ORDER BY seq', [room]);
    // Alice created the room: her leaving hands it to Bob (member-role-changed) before he leaves too.
    expect(types.map((t) => t.type)).toEqual(['room-joined', 'message', 'room-left', 'member-role-changed', 'room-left', 'room-deleted']);
    const log = await rows<{ action: string }>('SELECT action FROM chat.membership_log WHERE room_id = $1 ORDER BY id', [room]);
    expect(log.map((l) => l.action)).toEqual(['create', 'add', 'leave', 'leave']);
    expect((await chat.ListUserRoomIds({ user_id: bob })).room_ids).not.toContain(room);
    await expect(chat.GetRoom({ user_id: bob, room_id: room })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a deleted message\'s row, marked deleted, out of history, counts and last message', async () => {
    const room = (await chat.CreateRoom({ user_id: alice, name: 'history', user_ids: [bob] })).id;
    await send(bob, room, 'first');
    const { message } = await send(bob, room, 'regretted');
    await chat.DeleteMessage({ user_id: bob, message_id: message!.id });

    const [row] = await rows<{ content: string; deleted_at: Date | null }>('SELECT content, deleted_at FROM chat.messages WHERE id = $1', [message!.id]);
    expect(row?.content).toBe('regretted');
    expect(row?.deleted_at).toBeInstanceOf(Date);

    const page = await chat.ListMessages({ user_id: alice, room_id: room, skip: 0, limit: 0, before_seq: 0, after_seq: 0 });
    expect(page.messages.map((m) => m.content)).toEqual(['first']);
    expect(page.count).toBe('1');
    await expect(chat.GetMessage({ user_id: bob, message_id: message!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const listed = await chat.GetRoom({ user_id: alice, room_id: room });
    expect(listed.last_message?.content).toBe('first');
    expect(listed.unread_count).toBe('1');
    // The timeline no longer carries the text either.
    const replay = await chat.ListEvents({ user_id: alice, room_id: room, since: 0, limit: 0 });
    expect(replay.events.map((e) => e.payload_json).join()).not.toContain('regretted');
  });
});
