import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestChat, type TestStack } from '@chat/testing/chat-core/test-stack.ts';
import { RetentionStore } from './retention-store.ts';

let env: TestEnv;
let stack: TestStack;
/** Events kept 7 days, messages 30 by default; prunes run when the test says (pruneNow), in batches of 500. */
let chat: TestChat;
let ann: string;
let ben: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, {
    CHAT_EVENT_RETENTION_DAYS: '7',
    CHAT_MESSAGE_RETENTION_DAYS: '30',
    CHAT_RETENTION_INTERVAL: '0',
    CHAT_RETENTION_BATCH: '500',
  });
  chat = stack.chat;
  [ann, ben] = (await stack.users(2)) as [string, string];
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

async function roomWith(messages: number): Promise<string> {
  const room = await chat.client.CreateRoom({ user_id: ann, name: 'retention', user_ids: [ben] });
  for (let i = 1; i <= messages; i++) await chat.client.SendMessage({ user_id: ann, room_id: room.id, content: `m${i}`, content_type: '', files: [], nonce: '' });
  return room.id;
}

/** Moves a room's events and messages up to `seq` back `days` days, as if they were that old. */
async function age(roomId: string, upToSeq: number, days: number): Promise<void> {
  await stack.pool.query(`UPDATE chat.room_events SET created_at = now() - make_interval(days => $3) WHERE room_id = $1 AND seq <= $2`, [roomId, upToSeq, days]);
  await stack.pool.query(`UPDATE chat.messages SET created_at = now() - make_interval(days => $3) WHERE room_id = $1 AND seq <= $2`, [roomId, upToSeq, days]);
}

describe('event retention (CHAT_EVENT_RETENTION_DAYS)', () => {
  it('prunes events older than it, and a since replay reaching back past them answers gap', async () => {
    // seq 1: room-joined; 2..6: five messages.
    const roomId = await roomWith(5);
    await age(roomId, 3, 8);
    const report = await chat.handle.pruneNow();
    expect(report.events).toBeGreaterThanOrEqual(3);

    const fromStart = await chat.client.ListEvents({ user_id: ben, room_id: roomId, since: 0, limit: 100 });
    expect(fromStart.gap).toBe(true);
    expect(fromStart.events.map((e) => Number(e.seq))).toEqual([4, 5, 6]);
    // From what the client last saw, inside what is kept: no gap.
    const recent = await chat.client.ListEvents({ user_id: ben, room_id: roomId, since: 3, limit: 100 });
    expect(recent.gap).toBe(false);
    expect(recent.events.map((e) => Number(e.seq))).toEqual([4, 5, 6]);
    // Messages are kept 30 days: the history still has all five.
    expect((await chat.client.ListMessages({ user_id: ben, room_id: roomId, skip: 0, limit: 10 })).messages).toHaveLength(5);
  });
});

describe('message retention (CHAT_MESSAGE_RETENTION_DAYS, or the room\'s own)', () => {
  it('deletes messages older than the default with their events; a room with its own setting follows it', async () => {
    const defaultRoom = await roomWith(4);
    const shortRoom = await roomWith(4);
    expect(await new RetentionStore(stack.pool).setRoomRetention(shortRoom, 1)).toBe(true);
    // Both rooms: seqs up to 3 (two messages) 31 days old; the rest 2 days old.
    await age(defaultRoom, 3, 31);
    await age(shortRoom, 3, 31);
    await stack.pool.query(`UPDATE chat.messages SET created_at = now() - interval '2 days' WHERE room_id = ANY($1) AND seq > 3`, [[defaultRoom, shortRoom]]);

    await chat.handle.pruneNow();
    const left = async (roomId: string) =>
      (await chat.client.ListMessages({ user_id: ann, room_id: roomId, skip: 0, limit: 10 })).messages.map((m) => m.content).reverse();
    expect(await left(defaultRoom)).toEqual(['m3', 'm4']);
    // Its own retention is one day: the two-day-old messages went too.
    expect(await left(shortRoom)).toEqual([]);
    const counts = await stack.pool.query<{ id: string; message_count: string }>(`SELECT id, message_count FROM chat.rooms WHERE id = ANY($1)`, [[defaultRoom, shortRoom]]);
    expect(Object.fromEntries(counts.rows.map((r) => [r.id, Number(r.message_count)]))).toEqual({ [defaultRoom]: 2, [shortRoom]: 0 });
  });

  it('prunes a large room in batches, each holding the room so briefly that a send to it meanwhile is answered at once', async () => {
    const roomId = await roomWith(1);
    const n = 20_000;
    // 20,000 old messages and their events written straight in (a send each would take minutes).
    await stack.pool.query(
      `WITH r AS (UPDATE chat.rooms SET last_seq = last_seq + $2, message_count = message_count + $2 WHERE id = $1 RETURNING last_seq - $2 AS base)
       INSERT INTO chat.messages (room_id, seq, sender_id, content, content_type, created_at)
       SELECT $1, r.base + g, $3, 'old ' || g, 'text', now() - interval '40 days' FROM r, generate_series(1, $2) g`,
      [roomId, n, ann],
    );
    await stack.pool.query(
      `INSERT INTO chat.room_events (room_id, seq, type, payload, actor_id, created_at)
       SELECT room_id, seq, 'message', jsonb_build_object('content', content), sender_id, created_at FROM chat.messages
       WHERE room_id = $1 AND content LIKE 'old %'`,
      [roomId],
    );
    // Batched, the prune lets the room's sends through between its batches: all five are answered while it still runs.
    // (Held for the whole prune, they would wait for its end; how long batches take is the bench's:
    // services/chat-core/scripts/measure-prune.ts.)
    let pruned = false;
    const pruning = chat.handle.pruneNow().then((report) => {
      pruned = true;
      return report;
    });
    const answeredDuringPrune: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      await chat.client.SendMessage({ user_id: ben, room_id: roomId, content: `during ${i}`, content_type: '', files: [], nonce: '' });
      answeredDuringPrune.push(!pruned);
    }
    const report = await pruning;
    expect(report.messages).toBe(n);
    expect(answeredDuringPrune).toEqual([true, true, true, true, true]);
    const kept = await chat.client.ListMessages({ user_id: ann, room_id: roomId, skip: 0, limit: 10 });
    expect(kept.messages.map((m) => m.content).sort()).toEqual(['during 0', 'during 1', 'during 2', 'during 3', 'during 4', 'm1']);
  }, 60_000);
});
