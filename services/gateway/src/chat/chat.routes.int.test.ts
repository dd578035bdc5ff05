import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient, type ChatClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { httpTestClient, type HttpTestClient, type LoggedInUser } from '@chat/testing/gateway/http-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let c: HttpTestClient;
let grpc: ChatClient;
let ann: LoggedInUser;
let bob: LoggedInUser;
let cat: LoggedInUser;
let eve: LoggedInUser;

const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { GATEWAY_MAX_USERS_PER_REQUEST: '5' });
  c = httpTestClient(stack.app);
  grpc = createChatClient(`127.0.0.1:${stack.chat.grpcPort}`);
  [ann, bob, cat, eve] = await Promise.all([c.loggedIn(), c.loggedIn(), c.loggedIn(), c.loggedIn()]);
});

afterAll(async () => {
  grpc?.close();
  await stack?.close();
  await env?.cleanup();
});

/** A request as the tutorial writes it: the token in quotes, JSON headers, the masterkey header. */
function as(user: LoggedInUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  return stack.app.inject({
    method,
    url,
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      masterkey: 'M4ST3RK3Y',
      authorization: `Bearer "${user.accessToken}" `,
    },
    ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
}

async function createRoom(owner: LoggedInUser, users: LoggedInUser[], roomName = 'Conduit Users'): Promise<string> {
  const res = await as(owner, 'POST', '/chat/rooms', { roomName, users: users.map((u) => u.userId) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().roomId as string;
}

const send = (user: LoggedInUser, roomId: string, content: string, nonce = '') =>
  grpc.SendMessage({ user_id: user.userId, room_id: roomId, content, content_type: 'text', files: [], nonce });

describe('the tutorial\'s three calls', () => {
  it('creates a room, adds users and leaves it with exactly the tutorial\'s bodies', async () => {
    const created = await as(ann, 'POST', '/chat/rooms', { roomName: 'Conduit Users', users: [bob.userId, cat.userId] });
    expect(created.statusCode).toBe(200);
    expect(Object.keys(created.json())).toEqual(['roomId']);
    const { roomId } = created.json();

    const added = await as(bob, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [eve.userId] });
    expect(added.statusCode).toBe(200);
    expect(added.body).toBe('{"result":"Users added"}');

    // curl --data-raw '' sends an empty body with a JSON content type.
    const left = await as(eve, 'PUT', `/chat/leave/${roomId}`, '');
    expect(left.statusCode).toBe(200);
    expect(left.body).toBe('{"result":"Ok"}');

    const room = await as(ann, 'GET', `/chat/rooms/${roomId}`);
    expect(room.json().participants.sort()).toEqual([ann.userId, bob.userId, cat.userId].sort());
  });
});

describe('POST /chat/rooms', () => {
  it('makes the creator a participant, ignores their own id and folds duplicates', async () => {
    const res = await as(ann, 'POST', '/chat/rooms', { roomName: 'dupes', users: [ann.userId, bob.userId, bob.userId] });
    expect(res.statusCode).toBe(200);
    const room = await as(ann, 'GET', `/chat/rooms/${res.json().roomId}`);
    expect(room.json().participants.sort()).toEqual([ann.userId, bob.userId].sort());
    expect(room.json().name).toBe('dupes');
  });

  it('answers 404 naming unknown user ids and creates nothing', async () => {
    const before = (await as(cat, 'GET', '/chat/rooms')).json().count;
    const res = await as(cat, 'POST', '/chat/rooms', { roomName: 'ghosts', users: [bob.userId, MISSING] });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain(MISSING);
    expect((await as(cat, 'GET', '/chat/rooms')).json().count).toBe(before);
  });

  it.each([
    ['missing roomName', { users: ['x'] }, 'roomName'],
    ['empty roomName', { roomName: '', users: ['x'] }, 'roomName'],
    ['empty users', { roomName: 'r', users: [] }, 'users'],
    ['missing users', { roomName: 'r' }, 'users'],
    ['a non-string id', { roomName: 'r', users: [42] }, 'users'],
    ['too many users', { roomName: 'r', users: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'users'],
    ['a room name over 200 characters', { roomName: 'x'.repeat(201), users: ['a'] }, 'roomName'],
  ])('answers 400 naming the field for %s', async (_case, body, field) => {
    const res = await as(ann, 'POST', '/chat/rooms', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(field);
  });

  it('refuses a request without a token', async () => {
    const res = await stack.app.inject({ method: 'POST', url: '/chat/rooms', payload: { roomName: 'r', users: [bob.userId] } });
    expect(res.statusCode).toBe(401);
  });
});

describe('PUT /chat/rooms/{roomId}/addUsers', () => {
  it('answers 409 naming a user already in the room and changes nothing', async () => {
    const roomId = await createRoom(ann, [bob]);
    const res = await as(ann, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [cat.userId, bob.userId] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(bob.userId);
    const room = await as(ann, 'GET', `/chat/rooms/${roomId}`);
    expect(room.json().participants).not.toContain(cat.userId);
  });

  it('answers 404 for unknown users and changes nothing', async () => {
    const roomId = await createRoom(ann, [bob]);
    const res = await as(ann, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [cat.userId, MISSING] });
    expect(res.statusCode).toBe(404);
    expect((await as(ann, 'GET', `/chat/rooms/${roomId}`)).json().participants).not.toContain(cat.userId);
  });

  it('lets only a participant add, answering 404 to anyone else', async () => {
    const roomId = await createRoom(ann, [bob]);
    const res = await as(eve, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [eve.userId] });
    expect(res.statusCode).toBe(404);
    expect((await as(ann, 'GET', `/chat/rooms/${roomId}`)).json().participants).not.toContain(eve.userId);
  });

  it('answers 400 for a room id that is not an id', async () => {
    const res = await as(ann, 'PUT', '/chat/rooms/not-an-id/addUsers', { users: [bob.userId] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('roomId');
  });
});

describe('PUT /chat/leave/{roomId}', () => {
  it('answers 404 to someone who is not in the room', async () => {
    const roomId = await createRoom(ann, [bob]);
    expect((await as(eve, 'PUT', `/chat/leave/${roomId}`, '')).statusCode).toBe(404);
  });

  it('deletes the room when its last participant leaves', async () => {
    const roomId = await createRoom(ann, [bob]);
    expect((await as(ann, 'PUT', `/chat/leave/${roomId}`, '')).statusCode).toBe(200);
    expect((await as(bob, 'PUT', `/chat/leave/${roomId}`)).statusCode).toBe(200);
    expect((await as(bob, 'GET', `/chat/rooms/${roomId}`)).statusCode).toBe(404);
    expect((await as(ann, 'GET', `/chat/rooms/${roomId}`)).statusCode).toBe(404);
  });

  it('answers 400, never 500, for a malformed room id', async () => {
    expect((await as(ann, 'PUT', `/chat/leave/6390b1808c52d0b5a436a429`, '')).statusCode).toBe(400);
  });
});

describe('reading rooms and messages', () => {
  it('lists the caller\'s rooms with participants, last message and unread count', async () => {
    const roomId = await createRoom(cat, [bob], 'reading');
    await send(bob, roomId, 'one');
    await send(bob, roomId, 'two');
    const res = await as(cat, 'GET', '/chat/rooms?limit=100');
    expect(res.statusCode).toBe(200);
    const room = res.json().rooms.find((r: { _id: string }) => r._id === roomId);
    expect(room).toMatchObject({ name: 'reading', unreadCount: 2, lastMessage: { message: 'two', senderUser: bob.userId } });
    expect(room.participants.sort()).toEqual([bob.userId, cat.userId].sort());
    expect(res.json().count).toBeGreaterThanOrEqual(1);

    const read = await as(cat, 'POST', `/chat/rooms/${roomId}/read`, {});
    expect(read.statusCode).toBe(200);
    expect((await as(cat, 'GET', `/chat/rooms/${roomId}`)).json().unreadCount).toBe(0);
  });

  it('pages messages newest first with seq cursors, in Conduit\'s shape', async () => {
    const roomId = await createRoom(ann, [bob], 'history');
    for (let i = 1; i <= 5; i++) await send(i % 2 ? ann : bob, roomId, `m${i}`);
    const page1 = await as(bob, 'GET', `/chat/messages?roomId=${roomId}&limit=2`);
    expect(page1.statusCode).toBe(200);
    const { messages, count } = page1.json();
    expect(count).toBe(5);
    expect(messages.map((m: { message: string }) => m.message)).toEqual(['m5', 'm4']);
    expect(Object.keys(messages[0]).sort()).toEqual(
      // Conduit's fields, plus the sender's display name (an addition).
      ['_id', 'createdAt', 'displayName', 'files', 'message', 'messageType', 'room', 'senderUser', 'seq', 'updatedAt'].sort(),
    );
    expect(messages[0]).toMatchObject({ room: roomId, senderUser: ann.userId, messageType: 'text', files: [] });
    const before = messages[1].seq as number;
    const page2 = await as(bob, 'GET', `/chat/messages?roomId=${roomId}&limit=2&before=${before}`);
    expect(page2.json().messages.map((m: { message: string }) => m.message)).toEqual(['m3', 'm2']);

    const one = await as(ann, 'GET', `/chat/messages/${messages[0]._id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(messages[0]);
  });

  it('lists messages across all of the caller\'s rooms without roomId', async () => {
    const r1 = await createRoom(eve, [cat], 'all-1');
    const r2 = await createRoom(eve, [bob], 'all-2');
    await send(eve, r1, 'in one');
    await send(eve, r2, 'in two');
    const res = await as(eve, 'GET', '/chat/messages?limit=100');
    expect(res.statusCode).toBe(200);
    const texts = res.json().messages.map((m: { message: string }) => m.message);
    expect(texts).toEqual(expect.arrayContaining(['in one', 'in two']));
    // cat is in r1 only.
    const cats = (await as(cat, 'GET', '/chat/messages?limit=100')).json().messages.map((m: { message: string }) => m.message);
    expect(cats).toContain('in one');
    expect(cats).not.toContain('in two');
  });

  it.each([
    ['a limit over 100', 'limit=101'],
    ['a negative skip', 'skip=-1'],
    ['a room id that is not an id', 'roomId=abc'],
    ['a non-numeric cursor', 'before=soon'],
  ])('answers 400 for %s', async (_case, query) => {
    const res = await as(ann, 'GET', `/chat/messages?${query}`);
    expect(res.statusCode).toBe(400);
  });

  it('replays a room\'s events after a seq, in order', async () => {
    const roomId = await createRoom(ann, [bob], 'replay');
    await send(ann, roomId, 'a');
    await send(bob, roomId, 'b');
    const res = await as(bob, 'GET', `/chat/rooms/${roomId}/events?since=1`);
    expect(res.statusCode).toBe(200);
    const { events, lastSeq, gap, hasMore } = res.json();
    expect(events.map((e: { seq: number; type: string }) => [e.seq, e.type])).toEqual([[2, 'message'], [3, 'message']]);
    expect(events[1].payload).toMatchObject({ content: 'b', sender: bob.userId, room: roomId, seq: 3 });
    expect({ lastSeq, gap, hasMore }).toEqual({ lastSeq: 3, gap: false, hasMore: false });
  });
});

describe('editing and deleting one\'s own message', () => {
  it('edits and deletes one\'s own message, which then vanishes from history', async () => {
    const roomId = await createRoom(ann, [bob], 'edits');
    const { message } = await send(ann, roomId, 'typo');
    const edited = await as(ann, 'PUT', `/chat/messages/${message!.id}`, { newMessage: 'fixed' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ _id: message!.id, message: 'fixed' });
    expect((await as(bob, 'GET', `/chat/messages/${message!.id}`)).json().message).toBe('fixed');

    const deleted = await as(ann, 'DELETE', `/chat/messages/${message!.id}`);
    expect(deleted.statusCode).toBe(200);
    expect((await as(bob, 'GET', `/chat/messages/${message!.id}`)).statusCode).toBe(404);
    expect((await as(bob, 'GET', `/chat/messages?roomId=${roomId}`)).json()).toEqual({ messages: [], count: 0 });
  });

  it('refuses to edit or delete someone else\'s message (403) and answers 404 outside the room', async () => {
    const roomId = await createRoom(ann, [bob], 'not yours');
    const { message } = await send(ann, roomId, 'mine');
    expect((await as(bob, 'PUT', `/chat/messages/${message!.id}`, { newMessage: 'hijack' })).statusCode).toBe(403);
    expect((await as(bob, 'DELETE', `/chat/messages/${message!.id}`)).statusCode).toBe(403);
    expect((await as(eve, 'PUT', `/chat/messages/${message!.id}`, { newMessage: 'hijack' })).statusCode).toBe(404);
    expect((await as(eve, 'DELETE', `/chat/messages/${message!.id}`)).statusCode).toBe(404);
    expect((await as(ann, 'GET', `/chat/messages/${message!.id}`)).json().message).toBe('mine');
  });

  it('answers 400 naming newMessage when it is empty or missing', async () => {
    const res = await as(ann, 'PUT', `/chat/messages/${MISSING}`, { newMessage: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('newMessage');
    expect((await as(ann, 'PUT', `/chat/messages/${MISSING}`, {})).statusCode).toBe(400);
  });
});

describe('a non-participant', () => {
  it('cannot read, add to, leave, list the messages of or replay a room, nor learn it exists', async () => {
    const roomId = await createRoom(ann, [bob], 'private');
    const { message } = await send(ann, roomId, 'secret');
    const unknownRoom = await as(eve, 'GET', `/chat/rooms/${MISSING}`);
    const attempts = await Promise.all([
      as(eve, 'GET', `/chat/rooms/${roomId}`),
      as(eve, 'PUT', `/chat/rooms/${roomId}/addUsers`, { users: [eve.userId] }),
      as(eve, 'PUT', `/chat/leave/${roomId}`, ''),
      as(eve, 'GET', `/chat/messages?roomId=${roomId}`),
      as(eve, 'GET', `/chat/messages/${message!.id}`),
      as(eve, 'GET', `/chat/rooms/${roomId}/events?since=0`),
      as(eve, 'POST', `/chat/rooms/${roomId}/read`, {}),
    ]);
    for (const res of attempts) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toContain('private');
      // The same answer as for a room that does not exist, but for the id.
      expect(res.json().error.code).toBe(unknownRoom.json().error.code);
    }
    const everything = await as(eve, 'GET', '/chat/messages?limit=100');
    expect(everything.body).not.toContain('secret');
  });
});
