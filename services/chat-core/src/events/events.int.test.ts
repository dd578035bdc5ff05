import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let alice: string, bob: string, carol: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env);
  chat = stack.chat.client;
  [alice, bob, carol] = (await stack.users(3)) as [string, string, string];
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const send = (userId: string, room: string, content: string) =>
  chat.SendMessage({ user_id: userId, room_id: room, content, content_type: '', files: [], nonce: '' });

describe('ListEvents', () => {
  it('replays every event after `since`, once and in order, with the payload clients got live', async () => {
    const room = (await chat.CreateRoom({ user_id: alice, name: 'replay', user_ids: [bob] })).id;
    const { message } = await send(bob, room, 'hi');
    await chat.EditMessage({ user_id: bob, message_id: message!.id, content: 'hi!' });
    await chat.AddUsers({ user_id: alice, room_id: room, user_ids: [carol] });
    await chat.LeaveRoom({ user_id: carol, room_id: room });

    const all = await chat.ListEvents({ user_id: bob, room_id: room, since: 0, limit: 0 });
    expect(all.events.map((e) => [e.seq, e.type])).toEqual([
      ['1', 'room-joined'],
      ['2', 'message'],
      ['3', 'message-edited'],
      ['4', 'room-joined'],
      ['5', 'room-left'],
    ]);
    expect(all).toMatchObject({ has_more: false, gap: false, last_seq: '5' });
    expect(JSON.parse(all.events[1]!.payload_json)).toMatchObject({ _id: message!.id, content: 'hi', seq: 2, room });
    expect(JSON.parse(all.events[4]!.payload_json)).toEqual({ room, user: carol, seq: 5 });

    const tail = await chat.ListEvents({ user_id: bob, room_id: room, since: 3, limit: 0 });
    expect(tail.events.map((e) => e.seq)).toEqual(['4', '5']);
    const upToDate = await chat.ListEvents({ user_id: bob, room_id: room, since: 5, limit: 0 });
    expect(upToDate).toEqual({ events: [], has_more: false, gap: false, last_seq: '5' });
  });

  it('pages with has_more, and caps a page at 500 events', async () => {
    const room = (await chat.CreateRoom({ user_id: alice, name: 'long', user_ids: [bob] })).id;
    await Promise.all(Array.from({ length: 520 }, (_, i) => send(bob, room, `m${i}`)));
    const first = await chat.ListEvents({ user_id: alice, room_id: room, since: 0, limit: 2 });
    expect(first.events.map((e) => e.seq)).toEqual(['1', '2']);
    expect(first.has_more).toBe(true);
    const big = await chat.ListEvents({ user_id: alice, room_id: room, since: 2, limit: 10_000 });
    expect(big.events).toHaveLength(500);
    expect(big.events.at(-1)!.seq).toBe('502');
    expect(big).toMatchObject({ has_more: true, last_seq: '521' });
    const rest = await chat.ListEvents({ user_id: alice, room_id: room, since: 502, limit: 500 });
    expect(rest.events.map((e) => Number(e.seq))).toEqual(Array.from({ length: 19 }, (_, i) => 503 + i));
    expect(rest.has_more).toBe(false);
  });

  it('says gap when the log no longer holds the events right after `since`', async () => {
    const room = (await chat.CreateRoom({ user_id: alice, name: 'pruned', user_ids: [bob] })).id;
    for (let i = 0; i < 5; i++) await send(bob, room, `m${i}`);
    // Nothing prunes yet; this is what pruning would leave behind.
    await stack.pool.query('DELETE FROM chat.room_events WHERE room_id = $1 AND seq <= 3', [room]);
    expect((await chat.ListEvents({ user_id: bob, room_id: room, since: 1, limit: 0 })).gap).toBe(true);
    expect((await chat.ListEvents({ user_id: bob, room_id: room, since: 3, limit: 0 })).gap).toBe(false);
    expect((await chat.ListEvents({ user_id: bob, room_id: room, since: 6, limit: 0 })).gap).toBe(false);
  });

  it('answers NOT_FOUND to a non-participant and refuses a negative since', async () => {
    const room = (await chat.CreateRoom({ user_id: alice, name: 'private', user_ids: [bob] })).id;
    await expect(chat.ListEvents({ user_id: carol, room_id: room, since: 0, limit: 0 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `room ${room} not found`,
    });
    await expect(chat.ListEvents({ user_id: bob, room_id: room, since: -1, limit: 0 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'since must be a non-negative integer',
    });
  });
});
