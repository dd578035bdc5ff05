import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, connectRefused, type TestSocket } from '@chat/testing/router/test-sockets.ts';

interface SyncAnswer {
  room: string;
  events: { type: string; seq: number; payload: Record<string, unknown> }[];
  gap: boolean;
  lastSeq: number;
  hasMore: boolean;
}
interface Sent {
  _id: string;
  seq: number;
  content: string;
  room: string;
}

let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let cat: LoggedInUser;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 2 });
  ann = await stack.registerAndLogin('ann@sync.test');
  ben = await stack.registerAndLogin('ben@sync.test');
  cat = await stack.registerAndLogin('cat@sync.test');
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await env?.cleanup();
});

async function socketOf(user: LoggedInUser, url: string, namespace = '/chat'): Promise<TestSocket> {
  const socket = await connect(url, { namespace, authorization: `Bearer ${user.accessToken}` });
  sockets.push(socket);
  return socket;
}

const roomWithBen = async (name: string) => (await stack.chatClient.CreateRoom({ user_id: ann.userId, name, user_ids: [ben.userId] })).id;
const inRoom = (room: string) => (p: { room?: unknown }) => p.room === room;

async function send(socket: TestSocket, room: string, texts: string[]): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (const text of texts) sent.push(await socket.request<Sent>('message', room, text));
  return sent;
}

describe('sync, the reconnect catch-up', () => {
  it('gives a reconnecting client every event it missed, once, in order, and nothing it had', async () => {
    const room = await roomWithBen('catch up');
    const annSocket = await socketOf(ann, stack.routerUrls[0]!);
    const benFirst = await socketOf(ben, stack.routerUrls[0]!);
    await send(annSocket, room, ['one', 'two', 'three']);
    const seen = await benFirst.waitForEvents<Sent>('message', 3, inRoom(room));
    const lastSeen = Math.max(...seen.map((m) => m.seq));
    benFirst.close();

    const missed = await send(annSocket, room, ['four', 'five']);
    await stack.chatClient.AddUsers({ user_id: ann.userId, room_id: room, user_ids: [cat.userId] });
    await stack.chatClient.EditMessage({ user_id: ann.userId, message_id: missed[0]!._id, content: 'four, edited' });
    const six = await send(annSocket, room, ['six']);

    const benAgain = await socketOf(ben, stack.routerUrls[1]!, '/chat/');
    const answer = await benAgain.request<SyncAnswer>('sync', { roomId: room, since: lastSeen });
    expect(answer.gap).toBe(false);
    expect(answer.hasMore).toBe(false);
    expect(answer.room).toBe(room);
    expect(answer.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5].map((i) => lastSeen + i));
    expect(answer.events.map((e) => e.type)).toEqual(['message', 'message', 'room-joined', 'message-edited', 'message']);
    expect(answer.events[0]!.payload).toMatchObject({ _id: missed[0]!._id, content: 'four', sender: ann.userId, room });
    expect(answer.events[1]!.payload).toMatchObject({ _id: missed[1]!._id, content: 'five' });
    expect(answer.events[2]!.payload).toMatchObject({ room, users: [cat.userId] });
    expect(answer.events[3]!.payload).toMatchObject({ messageId: missed[0]!._id, message: 'four, edited', room });
    expect(answer.events[4]!.payload).toMatchObject({ _id: six[0]!._id, content: 'six', seq: six[0]!.seq });
    expect(answer.lastSeq).toBe(six[0]!.seq);

    // Caught up: the same question from the new last seq has nothing more, in either argument form.
    expect(await benAgain.request('sync', room, answer.lastSeq)).toEqual({ room, events: [], gap: false, lastSeq: answer.lastSeq, hasMore: false });
  });

  it('answers long catch-ups in parts when they pass SYNC_MAX_EVENTS, without losing or repeating an event', async () => {
    const room = await roomWithBen('paged');
    const annSocket = await socketOf(ann, stack.routerUrls[0]!);
    await send(annSocket, room, ['a', 'b', 'c', 'd', 'e']);
    const whole = await annSocket.request<SyncAnswer>('sync', room, 0);
    expect(whole.hasMore).toBe(false);
    // The room-joined of its creation, then the five messages.
    expect(whole.events.map((e) => e.type)).toEqual(['room-joined', 'message', 'message', 'message', 'message', 'message']);

    const small = await stack.addRouter({ SYNC_MAX_EVENTS: '2' });
    const benSocket = await socketOf(ben, small);
    const parts: SyncAnswer[] = [];
    let since = 0;
    for (;;) {
      const part = await benSocket.request<SyncAnswer>('sync', { roomId: room, since });
      parts.push(part);
      if (!part.hasMore) break;
      since = part.events.at(-1)!.seq;
    }
    expect(parts.map((p) => p.events.length)).toEqual([2, 2, 2]);
    expect(parts.flatMap((p) => p.events)).toEqual(whole.events);
  });

  it('refuses to replay a room to someone who is not in it', async () => {
    const room = await roomWithBen('members only');
    const catSocket = await socketOf(cat, stack.routerUrls[1]!);
    const answer = await catSocket.request('sync', { roomId: room, since: 0 });
    expect(answer).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringMatching(/not found$/) } });
  });
});

describe('a router that stops', () => {
  it("lets its clients reconnect to another router and catch up on what they missed while away", async () => {
    const room = await roomWithBen('failover');
    const doomedUrl = await stack.addRouter();
    const doomed = stack.routerUrls.indexOf(doomedUrl);
    const annSocket = await socketOf(ann, stack.routerUrls[0]!);
    const benSocket = await socketOf(ben, doomedUrl, '/chat/');
    const [first] = await send(annSocket, room, ['before the stop']);
    const [seen] = await benSocket.waitForEvents<Sent>('message', 1, inRoom(room));
    expect(seen!._id).toBe(first!._id);

    const disconnected = new Promise<string>((resolve) => benSocket.socket.once('disconnect', resolve));
    await stack.stopRouter(doomed);
    expect(await disconnected).toBe('transport close');
    // Stopped means stopped: the old address takes no new connection.
    await expect(connectRefused(doomedUrl, { authorization: `Bearer ${ben.accessToken}` })).resolves.toBeInstanceOf(Error);

    const whileAway = await send(annSocket, room, ['while away 1', 'while away 2']);
    const benBack = await socketOf(ben, stack.routerUrls[0]!, '/chat/');
    const answer = await benBack.request<SyncAnswer>('sync', { roomId: room, since: seen!.seq });
    expect(answer.events.map((e) => [e.type, e.seq, e.payload._id])).toEqual(whileAway.map((m) => ['message', m.seq, m._id]));

    // And live delivery goes on through the new router, once.
    const [after] = await send(annSocket, room, ['after the failover']);
    const live = await benBack.waitForEvents<Sent>('message', 1, inRoom(room));
    expect(live.map((m) => m._id)).toEqual([after!._id]);
  });
});
