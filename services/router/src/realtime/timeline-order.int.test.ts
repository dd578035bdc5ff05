import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createPool, timelineChannel, type Pool, type TimelineEnvelope } from '@chat/common';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';

/**
 * Every chat-core publishes its own commits, so a router can get a room's
 * events out of order (two chat-cores), twice (the recovery pass), or with
 * one missing (a publish lost): the sockets must still see each seq once,
 * in order.
 */

let env: TestEnv;
let stack: Stack;
let db: Pool;
let users: LoggedInUser[];
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 1 });
  // A second chat-core on the same database, and a router that sends through it.
  const secondChat = await stack.addChatCore();
  await stack.addRouter({ CHAT_GRPC_URL: secondChat });
  db = createPool(env.databaseUrl, 2);
  users = await Promise.all(['ann', 'ben', 'cat'].map((n) => stack.registerAndLogin(`${n}@order.test`)));
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await db?.end();
  await stack?.close();
  await env?.cleanup();
});

async function socketOf(user: LoggedInUser, router: number): Promise<TestSocket> {
  const socket = await connect(stack.routerUrls[router]!, { authorization: `Bearer ${user.accessToken}` });
  sockets.push(socket);
  return socket;
}

/** Ann's room with Ben, a socket of each on the first router, and seq 2 (a message) already seen by Ben: the room's order is set. */
async function roomWithOneMessage(name: string) {
  const [ann, ben] = users as [LoggedInUser, LoggedInUser];
  const room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name, user_ids: [ben.userId] })).id;
  const benSocket = await socketOf(ben, 0);
  const annSocket = await socketOf(ann, 0);
  await annSocket.request('message', room, 'first');
  await benSocket.waitForEvents('message', 1, (p) => p.room === room);
  return { ann, room, benSocket, annSocket };
}

// Presence updates name the room too, but are not of its timeline.
const seqsOf = (socket: TestSocket, room: string) =>
  socket.received.filter((r) => r.event !== 'presence' && (r.args[0] as { room?: string }).room === room).map((r) => (r.args[0] as { seq?: number }).seq);

describe('each room in seq order at every socket', () => {
  it('delivers sends through two chat-cores and two routers once each, in seq order, to every socket', async () => {
    const [ann, ben, cat] = users as [LoggedInUser, LoggedInUser, LoggedInUser];
    const room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'two cores', user_ids: [ben.userId, cat.userId] })).id;
    // Every user on both routers: each router's sends go through its own chat-core.
    const all = await Promise.all([ann, ben, cat].flatMap((u) => [socketOf(u, 0), socketOf(u, 1)]));
    const perSocket = 40;
    const acks = await Promise.all(
      all.flatMap((s, i) => Array.from({ length: perSocket }, (_, k) => s.request<{ seq?: number; error?: unknown }>('message', room, { content: `s${i}-${k}`, nonce: `s${i}-${k}` }))),
    );
    expect(acks.filter((a) => a.error !== undefined)).toEqual([]);
    const last = 1 + all.length * perSocket;
    for (const s of all) await s.waitForEvents('message', all.length * perSocket, (p) => p.room === room, 20_000);
    await settle();
    for (const s of all) expect(seqsOf(s, room)).toEqual(Array.from({ length: last - 1 }, (_, i) => i + 2));
  });

  it('puts events published out of order back in seq order, and drops a repeat', async () => {
    const { ann, room, benSocket } = await roomWithOneMessage('scrambled');
    // What two chat-cores publishing their own commits can do: seq 4 reaches Redis before seq 3, and seq 3 comes twice.
    const event = (seq: number): TimelineEnvelope => ({
      room,
      seq,
      type: 'room-renamed',
      payload: { room, roomName: `name ${seq}`, seq },
      actor: ann.userId,
      at: Date.now(),
    });
    const redis = new Redis(env.redisUrl);
    try {
      const channel = timelineChannel(env.redisPrefix);
      await redis.publish(channel, JSON.stringify([event(4)]));
      await redis.publish(channel, JSON.stringify([event(3)]));
      await redis.publish(channel, JSON.stringify([event(3)]));
    } finally {
      redis.disconnect();
    }
    await benSocket.waitForEvents('room-renamed', 2, (p) => p.room === room);
    await settle();
    expect(seqsOf(benSocket, room)).toEqual([2, 3, 4]);
  });

  it('fetches a missing event from chat-core when a later one arrives, before the recovery pass would, and never emits it twice', async () => {
    const { ann, room, benSocket, annSocket } = await roomWithOneMessage('gap');
    // seq 3 committed as if its chat-core died right after COMMIT: queued in the outbox, never published.
    await db.query(
      `WITH r AS (UPDATE chat.rooms SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq),
       e AS (
         INSERT INTO chat.room_events (room_id, seq, type, payload, actor_id)
         SELECT $1, last_seq, 'room-renamed', jsonb_build_object('room', $1::text, 'roomName', 'renamed', 'seq', last_seq), $2 FROM r
         RETURNING room_id, seq
       )
       INSERT INTO chat.outbox (room_id, seq) SELECT room_id, seq FROM e`,
      [room, ann.userId],
    );
    await annSocket.request('message', room, 'after the gap');
    const [renamed] = await benSocket.waitForEvents('room-renamed', 1, (p) => p.room === room);
    // The router fetched it itself: the recovery pass (rows older than 2 s) has not taken it off the outbox yet.
    const queued = await db.query(`SELECT seq FROM chat.outbox WHERE room_id = $1 AND seq = 3`, [room]);
    expect(queued.rowCount).toBe(1);
    expect(renamed).toEqual({ room, roomName: 'renamed', seq: 3 });
    await benSocket.waitForEvents('message', 2, (p) => p.room === room);
    expect(seqsOf(benSocket, room)).toEqual([2, 3, 4]);

    // Once the recovery pass has published seq 3 again, the router drops the repeat.
    const deadline = Date.now() + 10_000;
    while ((await db.query(`SELECT 1 FROM chat.outbox WHERE room_id = $1`, [room])).rowCount! > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await settle();
    expect(seqsOf(benSocket, room)).toEqual([2, 3, 4]);
  });
});
