import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';

let env: TestEnv;
let stack: Stack;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 2 });
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await env?.cleanup();
});

async function createRoom(owner: LoggedInUser, roomName: string, users: string[]): Promise<string> {
  const response = await fetch(`${stack.gatewayUrl}/chat/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer "${owner.accessToken}" ` },
    body: JSON.stringify({ roomName, users }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { roomId: string }).roomId;
}

describe('the tutorial, literally', () => {
  it('delivers a message sent from Postman on one router to every participant, on another router too, exactly once', async () => {
    const [a, b, c] = await Promise.all(['a@tutorial.test', 'b@tutorial.test', 'c@tutorial.test'].map((e) => stack.registerAndLogin(e)));
    const roomId = await createRoom(a!, 'tutorial room', [b!.userId, c!.userId]);
    const [routerA, routerB] = stack.routerUrls as [string, string];

    // Postman: server URL with a trailing slash, handshake path /realtime, the token as copied (quoted) in the header.
    const socketA = await connect(routerA, { namespace: '/chat/', authorization: `Bearer "${a!.accessToken}"` });
    const socketB = await connect(routerB, { namespace: '/chat/', authorization: `Bearer "${b!.accessToken}"` });
    const socketC = await connect(routerB, { namespace: '/chat', authorization: `Bearer ${c!.accessToken}` });
    sockets.push(socketA, socketB, socketC);

    // "New message": two args, no ack callback.
    socketA.socket.emit('message', roomId, 'Hello from the tutorial');

    const expected = {
      _id: expect.any(String),
      nonce: null,
      sender: a!.userId,
      content: 'Hello from the tutorial',
      contentType: 'text',
      files: [],
      room: roomId,
      createdAt: expect.any(String),
      seq: expect.any(Number),
    };
    for (const s of [socketA, socketB, socketC]) await s.waitForEvents('message', 1);
    await settle();
    for (const s of [socketA, socketB, socketC]) {
      const messages = s.payloads('message');
      expect(messages).toHaveLength(1);
      expect(messages[0]).toEqual(expected);
    }
    const id = socketB.payloads('message')[0]!._id;
    expect(socketA.payloads('message')[0]!._id).toBe(id);
    expect(socketC.payloads('message')[0]!._id).toBe(id);

    const stored = await stack.chatClient.ListMessages({ user_id: a!.userId, room_id: roomId, limit: 10 });
    expect(stored.messages.map((m) => [m.id, m.content, m.sender_id])).toEqual([[id, 'Hello from the tutorial', a!.userId]]);
  });
});
