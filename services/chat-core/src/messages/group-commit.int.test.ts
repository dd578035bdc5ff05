import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestChat, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let second: TestChat;
let users: string[];
let outsider: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env);
  chat = stack.chat.client;
  // A second process on the same database: its batches race the first one's for the same rooms.
  second = await stack.startChat();
  const ids = await stack.users(6);
  outsider = ids[0]!;
  users = ids.slice(1);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const send = (client: ChatClient, userId: string, room: string, content: string, nonce = '', content_type = '') =>
  client.SendMessage({ user_id: userId, room_id: room, content, content_type, files: [], nonce });

async function timeline(room: string) {
  const q = (sql: string) => stack.pool.query(sql, [room]).then((r) => r.rows);
  return {
    eventSeqs: (await q('SELECT seq FROM chat.room_events WHERE room_id = $1 ORDER BY seq')).map((r) => Number(r.seq)),
    messageSeqs: (await q('SELECT seq FROM chat.messages WHERE room_id = $1 ORDER BY seq')).map((r) => Number(r.seq)),
    room: (await q('SELECT last_seq, message_count FROM chat.rooms WHERE id = $1'))[0] as { last_seq: string; message_count: string },
    /** Every message of one batch shares the timestamp taken under the room lock. */
    transactions: Number((await q('SELECT count(DISTINCT created_at) AS n FROM chat.messages WHERE room_id = $1'))[0].n),
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('group commit', () => {
  it('gives 500 concurrent sends from several users and two processes gap-free, strictly increasing seqs', async () => {
    const room = (await chat.CreateRoom({ user_id: users[0]!, name: 'hot', user_ids: users.slice(1) })).id;
    const results = await Promise.all(
      range(1, 500).map((i) => send(i % 2 ? chat : second.client, users[i % users.length]!, room, `msg ${i}`)),
    );
    const seqs = results.map((r) => Number(r.message!.seq)).sort((a, b) => a - b);
    // seq 1 is the room-joined event of the creation.
    expect(seqs).toEqual(range(2, 501));
    expect(new Set(results.map((r) => r.message!.id)).size).toBe(500);

    const t = await timeline(room);
    expect(t.eventSeqs).toEqual(range(1, 501));
    expect(t.messageSeqs).toEqual(range(2, 501));
    expect(t.room).toEqual({ last_seq: '501', message_count: '500' });
    // Batched: far fewer transactions than messages.
    expect(t.transactions).toBeLessThan(250);
  });

  it('writes concurrent sends to many rooms in shared transactions, each room still gap-free', async () => {
    const rooms = await Promise.all(range(1, 40).map((i) => chat.CreateRoom({ user_id: users[0]!, name: `wide ${i}`, user_ids: users.slice(1) }).then((r) => r.id)));
    const results = await Promise.all(
      rooms.flatMap((room, r) => range(1, 10).map((i) => send((r + i) % 2 ? chat : second.client, users[i % users.length]!, room, `${r}.${i}`))),
    );
    expect(results).toHaveLength(400);
    const perRoom = await stack.pool.query<{ room_id: string; seqs: string[] }>(
      'SELECT room_id, array_agg(seq ORDER BY seq) AS seqs FROM chat.messages WHERE room_id = ANY($1::uuid[]) GROUP BY room_id',
      [rooms],
    );
    expect(perRoom.rows).toHaveLength(40);
    for (const row of perRoom.rows) expect(row.seqs.map(Number)).toEqual(range(2, 11));
    for (const room of rooms) expect((await timeline(room)).room).toEqual({ last_seq: '11', message_count: '10' });
    // A batch's messages share the timestamp taken under its locks: fewer timestamps than rooms means batches spanned rooms.
    const { rows } = await stack.pool.query('SELECT count(DISTINCT created_at) AS n FROM chat.messages WHERE room_id = ANY($1::uuid[])', [rooms]);
    expect(Number(rows[0].n)).toBeLessThan(40);
  });

  it('stores a nonce repeated under concurrency once, answering every repeat with that message', async () => {
    const room = (await chat.CreateRoom({ user_id: users[0]!, name: 'retries', user_ids: users.slice(1) })).id;
    const sender = users[1]!;
    const results = await Promise.allSettled([
      ...range(1, 40).map((i) => send(i % 2 ? chat : second.client, sender, room, 'exactly once', 'retry-1')),
      ...range(1, 60).map((i) => send(i % 2 ? chat : second.client, users[2]!, room, `filler ${i}`)),
      ...range(1, 5).map(() => send(chat, sender, room, 'same nonce, other text', 'retry-1')),
    ]);
    const retries = results.slice(0, 40).map((r) => (r.status === 'fulfilled' ? r.value : undefined));
    expect(retries.every((r) => r !== undefined)).toBe(true);
    const firstId = retries.find((r) => !r!.duplicate)!.message!.id;
    expect(retries.filter((r) => !r!.duplicate)).toHaveLength(1);
    expect(retries.every((r) => r!.message!.id === firstId && r!.message!.content === 'exactly once')).toBe(true);
    for (const r of results.slice(100)) {
      expect(r).toMatchObject({ status: 'rejected', reason: { code: 'ALREADY_EXISTS', message: 'nonce already used for a different message' } });
    }

    const stored = await stack.pool.query(`SELECT id FROM chat.messages WHERE room_id = $1 AND nonce = 'retry-1'`, [room]);
    expect(stored.rows).toEqual([{ id: firstId }]);
    const t = await timeline(room);
    expect(t.messageSeqs).toEqual(range(2, 62));
    expect(t.eventSeqs).toEqual(range(1, 62));
  });

  it('fails only the bad sends of a burst: each caller gets its own answer', async () => {
    const room = (await chat.CreateRoom({ user_id: users[0]!, name: 'mixed', user_ids: users.slice(1) })).id;
    const results = await Promise.allSettled(
      range(1, 90).map((i) =>
        i % 3 === 0
          ? send(chat, outsider, room, 'not a participant')
          : i % 3 === 1
            ? send(chat, users[i % users.length]!, room, `good ${i}`)
            : send(chat, users[0]!, room, '', `empty-${i}`),
      ),
    );
    results.forEach((r, k) => {
      const i = k + 1;
      if (i % 3 === 0) expect(r).toMatchObject({ status: 'rejected', reason: { code: 'NOT_FOUND', message: `room ${room} not found` } });
      else if (i % 3 === 1) expect(r).toMatchObject({ status: 'fulfilled', value: { message: { content: `good ${i}` } } });
      else expect(r).toMatchObject({ status: 'rejected', reason: { code: 'INVALID_ARGUMENT' } });
    });
    const t = await timeline(room);
    expect(t.messageSeqs).toEqual(range(2, 31));
    expect(t.room.message_count).toBe('30');
  });

  it('keeps seqs gap-free while sends interleave with edits, deletes and joins', async () => {
    const [a, b, c] = users as [string, string, string];
    const room = (await chat.CreateRoom({ user_id: a, name: 'busy', user_ids: [b] })).id;
    const seed = await Promise.all(range(1, 20).map((i) => send(chat, a, room, `seed ${i}`)));
    await Promise.all([
      ...range(1, 100).map((i) => send(i % 2 ? chat : second.client, b, room, `more ${i}`)),
      ...seed.slice(0, 10).map((s) => chat.EditMessage({ user_id: a, message_id: s.message!.id, content: 'edited' })),
      ...seed.slice(10).map((s) => second.client.DeleteMessage({ user_id: a, message_id: s.message!.id })),
      chat.AddUsers({ user_id: a, room_id: room, user_ids: [c] }),
    ]);
    const t = await timeline(room);
    // 1 creation + 20 seeds + 100 sends + 10 edits + 10 deletes + 1 join.
    expect(t.eventSeqs).toEqual(range(1, 142));
    expect(t.room).toEqual({ last_seq: '142', message_count: '110' });
  });
});
