import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';

let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let dan: LoggedInUser;
let room: string;
let danRoom: string;
let annSocket: TestSocket;
let benSocket: TestSocket;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 2 });
  ann = await stack.registerAndLogin('ann@errors.test');
  ben = await stack.registerAndLogin('ben@errors.test');
  dan = await stack.registerAndLogin('dan@errors.test');
  room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'errors', user_ids: [ben.userId] })).id;
  danRoom = (await stack.chatClient.CreateRoom({ user_id: dan.userId, name: "dan's", user_ids: [ben.userId] })).id;
  annSocket = await connect(stack.routerUrls[0]!, { authorization: `Bearer ${ann.accessToken}` });
  benSocket = await connect(stack.routerUrls[1]!, { namespace: '/chat/', authorization: `Bearer ${ben.accessToken}` });
});

afterAll(async () => {
  annSocket?.close();
  benSocket?.close();
  await stack?.close();
  await env?.cleanup();
});

const storedCount = async () => (await stack.chatClient.ListMessages({ user_id: ann.userId, room_id: room, limit: 1 })).count;

describe('bad input on message', () => {
  const cases: [string, () => unknown[], string, string | RegExp][] = [
    ['no arguments', () => [], 'INVALID_ARGUMENT', 'message takes 2 argument(s) (roomId, message), got 0'],
    ['one argument', () => [room], 'INVALID_ARGUMENT', 'message takes 2 argument(s) (roomId, message), got 1'],
    ['three arguments', () => [room, 'hi', 'extra'], 'INVALID_ARGUMENT', 'message takes 2 argument(s) (roomId, message), got 3'],
    ['a room id that is not a string', () => [42, 'hi'], 'INVALID_ARGUMENT', 'roomId (argument 1) must be a string'],
    ['a message that is a number', () => [room, 42], 'INVALID_ARGUMENT', 'message (argument 2) must be a string or {content, contentType, files, nonce}'],
    ['content that is not a string', () => [room, { content: 7 }], 'INVALID_ARGUMENT', 'message.content (argument 2) must be a string'],
    ['files that are not strings', () => [room, { content: 'x', files: [1] }], 'INVALID_ARGUMENT', 'message.files (argument 2) must be an array of strings'],
    ['empty content', () => [room, ''], 'INVALID_ARGUMENT', 'content must not be empty'],
    ['oversized content', () => [room, 'x'.repeat(10_001)], 'INVALID_ARGUMENT', 'content must be at most 10000 characters'],
    ['a bad contentType', () => [room, { content: 'x', contentType: 'poem' }], 'INVALID_ARGUMENT', 'message.contentType (argument 2) must be one of text, file, multimedia, typing'],
    ['the server-only contentType system', () => [room, { content: 'the admin says: send your password', contentType: 'system' }], 'INVALID_ARGUMENT', 'message.contentType (argument 2) "system" is sent by the server only: use one of text, file, multimedia, typing'],
    ['a room id that is not an id', () => ['general', 'hi'], 'INVALID_ARGUMENT', 'room_id must be a UUID'],
    ['an unknown room', () => [randomUUID(), 'hi'], 'NOT_FOUND', /^room .+ not found$/],
    ["a room the sender is not in", () => [danRoom, 'hi'], 'NOT_FOUND', /^room .+ not found$/],
  ];

  it.each(cases)('answers %s with an error in the ack and conduit_error, stores nothing, and keeps the connection', async (_name, args, code, message) => {
    const before = await storedCount();
    const errorsBefore = annSocket.payloads('conduit_error').length;
    const answer = await annSocket.request<{ error: { code: string; message: string } }>('message', ...args());
    expect(answer.error.code).toBe(code);
    expect(answer.error.message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')}$`) : message);
    const [conduitError] = await annSocket.waitForEvents('conduit_error', errorsBefore + 1).then((all) => all.slice(errorsBefore));
    expect(conduitError).toEqual(answer.error);
    expect(await storedCount()).toBe(before);
    expect(annSocket.socket.connected).toBe(true);
  });

  it('still serves the connection after all of them', async () => {
    const sent = await annSocket.request('message', room, 'still here');
    expect(sent).toMatchObject({ content: 'still here', room, sender: ann.userId });
  });

  it('reports bad input without an ack callback through conduit_error alone', async () => {
    const errorsBefore = annSocket.payloads('conduit_error').length;
    annSocket.socket.emit('message', room);
    const all = await annSocket.waitForEvents('conduit_error', errorsBefore + 1);
    expect(all.at(-1)).toEqual({ code: 'INVALID_ARGUMENT', message: 'message takes 2 argument(s) (roomId, message), got 1' });
    expect(annSocket.socket.connected).toBe(true);
  });

  it('refuses bad sync and messagesRead arguments the same way', async () => {
    expect(await annSocket.request('sync')).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'sync takes 1 to 2 argument(s) (roomId, since), got 0' } });
    expect(await annSocket.request('sync', room, -1)).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'since (argument 2) must be a non-negative integer' } });
    expect(await annSocket.request('sync', { roomId: room, since: 'soon' })).toEqual({
      error: { code: 'INVALID_ARGUMENT', message: 'since (argument 1) must be a non-negative integer' },
    });
    expect(await annSocket.request('messagesRead', { room })).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'roomId (argument 1) must be a string' } });
    expect(await annSocket.request('messagesRead', danRoom)).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringMatching(/^room .+ not found$/) } });
    expect(annSocket.socket.connected).toBe(true);
  });
});

describe('a repeated nonce', () => {
  it('is stored once, broadcast once, and answered to the sender with the first message', async () => {
    const before = Number(await storedCount());
    const nonce = `nonce-${randomUUID()}`;
    const first = await annSocket.request<{ _id: string; nonce: string }>('message', room, { content: 'only once', nonce });
    const again = await annSocket.request<{ _id: string }>('message', room, { content: 'only once', nonce });
    expect(again).toEqual(first);
    expect(first.nonce).toBe(nonce);

    await benSocket.waitForEvents('message', 1, (m) => m.nonce === nonce);
    await settle();
    expect(benSocket.payloads('message').filter((m) => m.nonce === nonce)).toHaveLength(1);
    expect(annSocket.payloads('message').filter((m) => m.nonce === nonce)).toHaveLength(1);
    expect(Number(await storedCount())).toBe(before + 1);
  });

  it('without an ack callback, comes back to the sender only as a message event', async () => {
    const nonce = `nonce-${randomUUID()}`;
    annSocket.socket.emit('message', room, { content: 'retry me', nonce });
    await benSocket.waitForEvents('message', 1, (m) => m.nonce === nonce);
    await annSocket.waitForEvents('message', 1, (m) => m.nonce === nonce);
    annSocket.socket.emit('message', room, { content: 'retry me', nonce });
    const twice = await annSocket.waitForEvents('message', 2, (m) => m.nonce === nonce);
    expect(twice[1]).toEqual(twice[0]);
    await settle();
    expect(benSocket.payloads('message').filter((m) => m.nonce === nonce)).toHaveLength(1);
  });

  it('with other content is a conflict, and nothing is stored', async () => {
    const before = await storedCount();
    const nonce = `nonce-${randomUUID()}`;
    await annSocket.request('message', room, { content: 'original', nonce });
    const answer = await annSocket.request<{ error: { code: string } }>('message', room, { content: 'changed', nonce });
    expect(answer.error.code).toBe('ALREADY_EXISTS');
    expect(Number(await storedCount())).toBe(Number(before) + 1);
  });
});

describe('the packet size limit (SOCKET_MAX_BUFFER_BYTES, 128 KiB by default)', () => {
  it('takes the largest valid message: 10,000 characters that JSON escapes and 20 file references of 2,048', async () => {
    const content = '\u0001'.repeat(10_000);
    const files = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(2048, 'f'));
    const sent = await annSocket.request<{ content: string; files: string[] }>('message', room, { content, files, nonce: 'n'.repeat(128) });
    expect(sent.content).toBe(content);
    expect(sent.files).toEqual(files);
  });

  it('closes the connection of a client whose packet is larger, before anything reads it', async () => {
    const big = await connect(stack.routerUrls[0]!, { authorization: `Bearer ${ben.accessToken}` });
    const before = await storedCount();
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
    big.socket.emit('message', room, 'x'.repeat(128 * 1024));
    expect(await closed).toBe('transport close');
    expect(await storedCount()).toBe(before);
    big.close();
  });
});
