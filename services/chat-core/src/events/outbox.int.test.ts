import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '@chat/common';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';
import { EventLog } from './event-log.ts';
import { RoomStore } from '../rooms/room-store.ts';
import { startListener, type Listener, type Received } from '@chat/testing/chat-core/test-listener.ts';

/**
 * The publisher against a real Socket.IO server fed the way routers are
 * (the router's TimelineFanout on the Redis timeline channel), every socket
 * in its user's channel. Nothing here knows chat-core's internals beyond
 * the channel's name.
 */

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let listener: Listener;
let alice: string, bob: string, carol: string;

const client = (userId: string) => listener.client(userId);

const ofRoom = (received: Received[], room: string) => received.filter((r) => r.payload.room === room);
const send = (userId: string, room: string, content: string, content_type = '') =>
  chat.SendMessage({ user_id: userId, room_id: room, content, content_type, files: [], nonce: '' });

beforeAll(async () => {
  env = await createTestEnv();
  listener = await startListener(env);

  stack = await startTestStack(env);
  chat = stack.chat.client;
  listener.fillFrom({
    eventsAfter: async (room, since, limit) =>
      (await chat.ListRoomEvents({ room_id: room, since, limit })).events.map((e) => ({
        room: e.room_id,
        seq: Number(e.seq),
        type: e.type,
        payload: JSON.parse(e.payload_json) as Record<string, unknown>,
        actor: e.actor_id || null,
        at: Date.parse(e.created_at),
      })),
  });
  [alice, bob, carol] = (await stack.users(3)) as [string, string, string];
});

afterAll(async () => {
  await listener?.close();
  await stack?.close();
  await env?.cleanup();
});

describe('publishing after commit', () => {
  it('delivers each change to the room\'s sockets with the contract\'s payloads, in seq order', async () => {
    const a = await client(alice);
    const b = await client(bob);
    const c = await client(carol);
    const room = (await chat.CreateRoom({ user_id: alice, name: 'live', user_ids: [bob] })).id;
    const sent = await Promise.all(Array.from({ length: 20 }, (_, i) => send(i % 2 ? alice : bob, room, `m${i}`)));
    const first = sent.find((s) => s.message!.seq === '2')!.message!;
    await chat.EditMessage({ user_id: first.sender_id, message_id: first.id, content: 'edited' });
    await chat.DeleteMessage({ user_id: first.sender_id, message_id: first.id });

    await waitFor('bob to get the delete (seq 23)', () => (ofRoom(b.received, room).some((r) => r.payload.seq === 23) ? true : undefined));
    const seen = ofRoom(b.received, room);
    expect(seen.map((r) => r.payload.seq)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(seen[0]).toEqual({ event: 'room-joined', payload: { room, roomName: 'live', users: expect.any(Array), by: alice, seq: 1 } });
    expect((seen[0]!.payload.users as string[]).sort()).toEqual([alice, bob].sort());
    expect(seen[1]).toEqual({
      event: 'message',
      payload: {
        _id: first.id,
        nonce: null,
        sender: first.sender_id,
        content: first.content,
        contentType: 'text',
        files: [],
        room,
        createdAt: first.created_at,
        seq: 2,
      },
    });
    expect(seen[21]).toEqual({
      event: 'message-edited',
      payload: { messageId: first.id, message: 'edited', room, seq: 22, updatedAt: expect.any(String) },
    });
    expect(seen[22]).toEqual({ event: 'message-deleted', payload: { messageId: first.id, room, seq: 23 } });
    // The sender's own sockets get their messages too, and a non-participant gets nothing.
    await waitFor('alice to get seq 23', () => (ofRoom(a.received, room).length === 23 ? true : undefined));
    expect(ofRoom(c.received, room)).toEqual([]);
  });

  it('joins added users\' sockets before announcing them, and takes leavers out after telling them', async () => {
    const a = await client(alice);
    const c = await client(carol);
    const room = (await chat.CreateRoom({ user_id: alice, name: 'door', user_ids: [bob] })).id;
    await chat.AddUsers({ user_id: alice, room_id: room, user_ids: [carol] });
    await send(alice, room, 'welcome');
    await waitFor('carol to get the welcome', () => (ofRoom(c.received, room).some((r) => r.event === 'message') ? true : undefined));
    expect(ofRoom(c.received, room).map((r) => [r.event, r.payload.seq])).toEqual([
      ['room-joined', 2],
      ['message', 3],
    ]);
    expect(ofRoom(c.received, room)[0]!.payload).toEqual({ room, roomName: 'door', users: [carol], by: alice, seq: 2 });

    await chat.LeaveRoom({ user_id: carol, room_id: room });
    await send(alice, room, 'she left');
    await waitFor('alice to get seq 5', () => (ofRoom(a.received, room).some((r) => r.payload.seq === 5) ? true : undefined));
    expect(ofRoom(c.received, room).map((r) => [r.event, r.payload.seq])).toEqual([
      ['room-joined', 2],
      ['message', 3],
      ['room-left', 4],
    ]);
    expect(ofRoom(c.received, room)[2]!.payload).toEqual({ room, user: carol, seq: 4 });
  });

  it('announces a room deleted by its last participant leaving', async () => {
    const a = await client(alice);
    const room = (await chat.CreateRoom({ user_id: alice, name: 'short-lived', user_ids: [bob] })).id;
    await chat.LeaveRoom({ user_id: bob, room_id: room });
    await chat.LeaveRoom({ user_id: alice, room_id: room });
    await waitFor('alice to get room-deleted', () => (ofRoom(a.received, room).some((r) => r.event === 'room-deleted') ? true : undefined));
    expect(ofRoom(a.received, room).map((r) => [r.event, r.payload])).toEqual([
      ['room-joined', expect.objectContaining({ seq: 1 })],
      ['room-left', { room, user: bob, seq: 2 }],
      ['room-left', { room, user: alice, seq: 3 }],
      ['room-deleted', { room, seq: 4 }],
    ]);
  });

  it('sends live-only signals (typing, messagesRead) to the room without a timeline seq', async () => {
    const b = await client(bob);
    const room = (await chat.CreateRoom({ user_id: alice, name: 'signals', user_ids: [bob] })).id;
    await send(alice, room, 'read me');
    await chat.SendTyping({ user_id: alice, room_id: room, content: 'alice is typing' });
    await chat.MarkRead({ user_id: alice, room_id: room, seq: 0 });
    await waitFor('bob to get messagesRead', () => (ofRoom(b.received, room).some((r) => r.event === 'messagesRead') ? true : undefined));
    const live = ofRoom(b.received, room).filter((r) => r.event === 'messagesRead' || r.payload.contentType === 'typing');
    expect(live).toEqual([
      {
        event: 'message',
        payload: { nonce: null, sender: alice, content: 'alice is typing', contentType: 'typing', files: [], room, createdAt: expect.any(String) },
      },
      { event: 'messagesRead', payload: { room, readBy: alice, seq: 2 } },
    ]);
    const stored = await stack.pool.query(`SELECT type FROM chat.room_events WHERE room_id = $1 ORDER BY seq`, [room]);
    expect(stored.rows.map((r) => r.type)).toEqual(['room-joined', 'message']);
  });

  it('publishes nothing for a rolled-back write', async () => {
    const b = await client(bob);
    const room = (await chat.CreateRoom({ user_id: alice, name: 'rollback', user_ids: [bob] })).id;
    // A write that fails after appending its event: the event and its NOTIFY vanish with the transaction.
    await expect(
      withTransaction(stack.pool, async (tx) => {
        const seq = await new RoomStore(tx).advance(room, 1, 0);
        await new EventLog(tx).append([
          { roomId: room, seq, type: 'message', payload: { room, seq, content: 'never happened' }, actorId: alice },
        ]);
        throw new Error('the write fails after its event');
      }),
    ).rejects.toThrow('the write fails after its event');
    await send(alice, room, 'this did');
    await waitFor('bob to get seq 2', () => (ofRoom(b.received, room).some((r) => r.payload.seq === 2) ? true : undefined));
    // Give a wrongly published event every chance to show up.
    await new Promise((r) => setTimeout(r, 300));
    expect(ofRoom(b.received, room).map((r) => [r.event, r.payload.seq, r.payload.content])).toEqual([
      ['room-joined', 1, undefined],
      ['message', 2, 'this did'],
    ]);
    const events = await stack.pool.query(`SELECT e.seq, o.seq IS NULL AS published FROM chat.room_events e LEFT JOIN chat.outbox o USING (room_id, seq) WHERE e.room_id = $1 ORDER BY e.seq`, [room]);
    expect(events.rows).toEqual([{ seq: '1', published: true }, { seq: '2', published: true }]);
  });
});

describe('the outbox under the publish', () => {
  it('publishes an event its committer never published, once it is a few seconds old (the recovery pass)', async () => {
    const b = await client(bob);
    const room = (await chat.CreateRoom({ user_id: alice, name: 'orphan', user_ids: [bob] })).id;
    // Committed straight on the pool, as if its process died right after COMMIT: nothing published it.
    await withTransaction(stack.pool, async (tx) => {
      const seq = await new RoomStore(tx).advance(room, 1, 0);
      await new EventLog(tx).append([{ roomId: room, seq, type: 'room-renamed', payload: { room, roomName: 'found', seq }, actorId: alice }]);
    });
    await waitFor('bob to get the orphaned event', () => (ofRoom(b.received, room).some((r) => r.payload.seq === 2) ? true : undefined), 10_000);
    expect(ofRoom(b.received, room).map((r) => [r.event, r.payload.seq])).toEqual([
      ['room-joined', 1],
      ['room-renamed', 2],
    ]);
    await waitFor('the outbox to be empty', async () =>
      (await stack.pool.query(`SELECT count(*)::int AS n FROM chat.outbox WHERE room_id = $1`, [room])).rows[0].n === 0 ? true : undefined,
    );
  });
});

describe('every process publishes its own commits; one leads the recovery pass', () => {
  const leaders = async () =>
    (
      await stack.pool.query(
        `SELECT pid FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND objid = hashtext('chat-core:outbox-publisher')::oid
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      )
    ).rows.map((r) => r.pid as number);

  it('delivers commits of two processes to a socket once each, in seq order, and hands the recovery lead over', async () => {
    const standby = await stack.startChat();
    const b = await client(bob);
    const room = (await chat.CreateRoom({ user_id: alice, name: 'failover', user_ids: [bob] })).id;
    expect(await leaders()).toHaveLength(1);
    const [leaderPid] = await leaders();

    // Writes through both processes, each publishing its own commits: the fan-out puts the room's seqs in order.
    await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? chat : standby.client).SendMessage({
      user_id: alice, room_id: room, content: `m${i}`, content_type: '', files: [], nonce: '',
    })));
    await waitFor('bob to get seq 31', () => (ofRoom(b.received, room).some((r) => r.payload.seq === 31) ? true : undefined));

    await stack.chat.close();
    await waitFor('the standby to take the lead', async () => {
      const now = await leaders();
      return now.length === 1 && now[0] !== leaderPid ? true : undefined;
    });
    await standby.client.SendMessage({ user_id: alice, room_id: room, content: 'after failover', content_type: '', files: [], nonce: '' });
    await waitFor('bob to get seq 32', () => (ofRoom(b.received, room).some((r) => r.payload.seq === 32) ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    // Exactly once each: no duplicate and no gap.
    expect(ofRoom(b.received, room).map((r) => r.payload.seq)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });
});
