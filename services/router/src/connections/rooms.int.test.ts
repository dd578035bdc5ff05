import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';

let env: TestEnv;
let stack: Stack;
let users: Record<'ann' | 'ben' | 'cat' | 'dan', LoggedInUser>;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 3 });
  const [ann, ben, cat, dan] = await Promise.all(['ann', 'ben', 'cat', 'dan'].map((n) => stack.registerAndLogin(`${n}@rooms.test`)));
  users = { ann: ann!, ben: ben!, cat: cat!, dan: dan! };
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await env?.cleanup();
});

async function socketOf(user: LoggedInUser, router: number, namespace = '/chat'): Promise<TestSocket> {
  const socket = await connect(stack.routerUrls[router]!, { namespace, authorization: `Bearer ${user.accessToken}` });
  sockets.push(socket);
  return socket;
}

async function createRoom(owner: LoggedInUser, name: string, members: LoggedInUser[]): Promise<string> {
  const room = await stack.chatClient.CreateRoom({ user_id: owner.userId, name, user_ids: members.map((m) => m.userId) });
  return room.id;
}

const inRoom = (room: string) => (p: Record<string, unknown>) => p.room === room;

describe('room membership on open connections', () => {
  it('joins a user added to a room live: room-joined arrives, then the room messages', async () => {
    const { ann, ben, cat } = users;
    const room = await createRoom(ann, 'joined live', [cat]);
    const annSocket = await socketOf(ann, 0);
    // Ben on two routers and both namespace spellings: every socket of his must follow.
    const benSockets = [await socketOf(ben, 1, '/chat/'), await socketOf(ben, 2, '/chat')];

    await stack.chatClient.AddUsers({ user_id: ann.userId, room_id: room, user_ids: [ben.userId] });
    for (const s of benSockets) {
      const [joined] = await s.waitForEvents('room-joined', 1, inRoom(room));
      expect(joined).toMatchObject({ room, roomName: 'joined live', users: [ben.userId], seq: expect.any(Number) });
    }

    const sent = await annSocket.request<{ _id: string }>('message', room, 'welcome, ben');
    for (const s of benSockets) {
      const [message] = await s.waitForEvents('message', 1, inRoom(room));
      expect(message).toMatchObject({ _id: sent._id, content: 'welcome, ben', sender: ann.userId });
    }
    await settle();
    for (const s of benSockets) expect(s.payloads('message').filter(inRoom(room))).toHaveLength(1);
  });

  it('stops delivering to a user who left: room-left arrives, later messages do not', async () => {
    const { ann, ben, cat } = users;
    const room = await createRoom(ann, 'left live', [ben, cat]);
    const annSocket = await socketOf(ann, 0);
    const benSockets = [await socketOf(ben, 1, '/chat/'), await socketOf(ben, 2)];
    const catSocket = await socketOf(cat, 1);

    await stack.chatClient.LeaveRoom({ user_id: ben.userId, room_id: room });
    for (const s of [...benSockets, catSocket, annSocket]) {
      const [left] = await s.waitForEvents('room-left', 1, inRoom(room));
      expect(left).toEqual({ room, user: ben.userId, seq: expect.any(Number) });
    }

    await annSocket.request('message', room, 'ben is gone');
    await catSocket.waitForEvents('message', 1, inRoom(room));
    await settle();
    for (const s of benSockets) expect(s.payloads('message').filter(inRoom(room))).toEqual([]);
  });

  it('delivers nothing of a room to a user who is not in it', async () => {
    const { ann, cat, dan } = users;
    const room = await createRoom(ann, 'private', [cat]);
    const danSockets = [await socketOf(dan, 0), await socketOf(dan, 1, '/chat/')];
    const annSocket = await socketOf(ann, 2);
    await annSocket.request('message', room, 'not for dan');
    await annSocket.request('typing', room);
    await annSocket.request('messagesRead', room);
    await settle();
    for (const s of danSockets) expect(s.received.filter((r) => (r.args[0] as { room?: string } | undefined)?.room === room)).toEqual([]);
  });

  it.each([2, 3])('delivers each message exactly once to every socket, with %i routers', async (routers) => {
    const { ann, ben, cat } = users;
    const room = await createRoom(ann, `exactly once over ${routers}`, [ben, cat]);
    const receivers: TestSocket[] = [];
    for (let r = 0; r < routers; r++) {
      for (const user of [ann, ben, cat]) receivers.push(await socketOf(user, r, r % 2 === 0 ? '/chat' : '/chat/'));
    }
    const sender = receivers[0]!;
    const sent: { _id: string; seq: number }[] = [];
    for (let i = 0; i < 5; i++) sent.push(await sender.request('message', room, `message ${i}`));

    for (const s of receivers) await s.waitForEvents('message', 5, inRoom(room));
    await settle();
    for (const s of receivers) {
      expect(s.payloads<{ _id: string; seq: number }>('message').filter(inRoom(room)).map((m) => [m._id, m.seq])).toEqual(
        sent.map((m) => [m._id, m.seq]),
      );
    }
    const stored = await stack.chatClient.ListMessages({ user_id: ann.userId, room_id: room, limit: 50 });
    expect(stored.count).toBe('5');
  });

  it("puts a user's next socket on a router in the rooms of the one there, joined live ones too, and both follow later changes", async () => {
    const { ann, cat, dan } = users;
    const listed = await createRoom(ann, 'listed at the first connect', [dan]);
    const first = await socketOf(dan, 0);
    const live = await createRoom(cat, 'joined while connected', [dan]);
    await first.waitForEvents('room-joined', 1, inRoom(live));
    // The second socket takes the first one's rooms instead of listing them again.
    const second = await socketOf(dan, 0);
    const annSocket = await socketOf(ann, 1);
    const catSocket = await socketOf(cat, 2);
    await annSocket.request('message', listed, 'to the listed room');
    await catSocket.request('message', live, 'to the live room');
    for (const s of [first, second]) {
      await s.waitForEvents('message', 1, inRoom(listed));
      await s.waitForEvents('message', 1, inRoom(live));
    }

    await stack.chatClient.LeaveRoom({ user_id: dan.userId, room_id: listed });
    for (const s of [first, second]) await s.waitForEvents('room-left', 1, inRoom(listed));
    await annSocket.request('message', listed, 'dan is gone');
    await catSocket.request('message', live, 'dan is still here');
    for (const s of [first, second]) await s.waitForEvents('message', 2, inRoom(live));
    await settle();
    for (const s of [first, second]) expect(s.payloads('message').filter(inRoom(listed)).map((m) => m.content)).toEqual(['to the listed room']);
  });

  it('relays messagesRead to the room and answers the reader with its last read seq', async () => {
    const { ann, ben } = users;
    const room = await createRoom(ann, 'read receipts', [ben]);
    const annSocket = await socketOf(ann, 0);
    const benSocket = await socketOf(ben, 1, '/chat/');
    const sent = await annSocket.request<{ seq: number }>('message', room, 'did you read this?');

    const answer = await benSocket.request('messagesRead', room);
    expect(answer).toEqual({ room, lastReadSeq: sent.seq });
    const [receipt] = await annSocket.waitForEvents('messagesRead', 1, inRoom(room));
    expect(receipt).toEqual({ room, readBy: ben.userId, seq: sent.seq });
  });

  it('relays typing to the room without storing it', async () => {
    const { ann, ben } = users;
    const room = await createRoom(ann, 'typing', [ben]);
    const annSocket = await socketOf(ann, 0);
    const benSocket = await socketOf(ben, 2);

    const ack = await annSocket.request('typing', room);
    expect(ack).toEqual({ nonce: null, sender: ann.userId, content: 'typing', contentType: 'typing', files: [], room, createdAt: expect.any(String) });
    await annSocket.request('message', room, { content: 'ann is typing…', contentType: 'typing' });
    const signals = await benSocket.waitForEvents('message', 2, inRoom(room));
    expect(signals.map((s) => [s.contentType, s.content, s._id])).toEqual([
      ['typing', 'typing', undefined],
      ['typing', 'ann is typing…', undefined],
    ]);
    const stored = await stack.chatClient.ListMessages({ user_id: ann.userId, room_id: room, limit: 50 });
    expect(stored.messages).toEqual([]);
  });
});
