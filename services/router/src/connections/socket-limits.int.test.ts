import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, connectRefused, type TestSocket } from '@chat/testing/router/test-sockets.ts';

const EVENTS_PER_SECOND = 5;

let env: TestEnv;
let stack: Stack;
let router: string;
let ann: LoggedInUser;
let ben: LoggedInUser;
let cat: LoggedInUser;
let room: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  // Caps set explicitly: outside production the per-address cap is off by default.
  stack = await startStack(env, { env: { SOCKET_EVENT_RATE_LIMIT: String(EVENTS_PER_SECOND), SOCKET_MAX_PER_USER: '2', SOCKET_MAX_PER_IP: '4' } });
  router = stack.routerUrls[0]!;
  [ann, ben, cat] = await Promise.all([
    stack.registerAndLogin('ann@socket-limits.test'),
    stack.registerAndLogin('ben@socket-limits.test'),
    stack.registerAndLogin('cat@socket-limits.test'),
  ]);
  room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'limits', user_ids: [ben.userId] })).id;
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await env?.cleanup();
});

async function open(user: LoggedInUser, namespace = '/chat'): Promise<TestSocket> {
  const socket = await connect(router, { authorization: `Bearer ${user.accessToken}`, namespace });
  sockets.push(socket);
  return socket;
}

/** The limit counts per clock second: a burst started early in one stays in it. */
async function startOfSecond(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));
}

describe('the event rate limit (SOCKET_EVENT_RATE_LIMIT)', () => {
  it('counts sync, messagesRead, authenticate and unknown events together per user, then refuses them with retryAfter', async () => {
    const socket = await open(ann);
    await startOfSecond();
    const answers = await Promise.all([
      socket.request('sync', room, 0),
      socket.request('messagesRead', room),
      socket.request('authenticate', ann.accessToken),
      socket.request('mesage', room, 'misspelt'),
      socket.request('sync', room, 0),
      socket.request('sync', room, 0),
      socket.request('messagesRead', room),
      socket.request('authenticate', ann.accessToken),
    ]);
    const refused = { error: { code: 'RESOURCE_EXHAUSTED', message: `too many events: at most ${EVENTS_PER_SECOND} per second besides messages, try again in 1 s`, retryAfter: 1 } };
    // Which ones is the order they reach the counter in (a first messagesRead sets up its handler first).
    expect(answers.filter((a) => JSON.stringify(a) === JSON.stringify(refused))).toHaveLength(answers.length - EVENTS_PER_SECOND);
    expect(answers).toContainEqual({ error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^unknown event "mesage"/) } });
    // Messages have their own limit: still sent in this second.
    expect(await socket.request('message', room, 'still sending')).toMatchObject({ content: 'still sending' });
    await startOfSecond();
    expect(await socket.request('sync', room, 0)).toMatchObject({ room, gap: false });
    socket.close();
  });
});

describe('the socket caps', () => {
  it('refuses a user a socket past SOCKET_MAX_PER_USER, over both namespace spellings, until one closes', async () => {
    await open(ben);
    const second = await open(ben, '/chat/');
    const refusal = await connectRefused(router, { authorization: `Bearer ${ben.accessToken}` });
    expect(refusal.message).toBe('too many sockets for your user: at most 2 (SOCKET_MAX_PER_USER); close one first');
    expect(refusal.data).toEqual({ code: 'RESOURCE_EXHAUSTED' });
    second.close();
    await new Promise((r) => setTimeout(r, 200));
    expect((await open(ben)).socket.connected).toBe(true);
  });

  it('refuses an address a socket past SOCKET_MAX_PER_IP, whoever the user', async () => {
    // Ben holds 2; two more from this address reach the cap of 4.
    await open(ann);
    await open(cat);
    const refusal = await connectRefused(router, { authorization: `Bearer ${cat.accessToken}` });
    expect(refusal.message).toBe('too many sockets from your address: at most 4 (SOCKET_MAX_PER_IP); close one first');
    expect(refusal.data).toEqual({ code: 'RESOURCE_EXHAUSTED' });
  });
});
