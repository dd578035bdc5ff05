import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineChannel, type TimelineEnvelope } from '@chat/common';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';

let env: TestEnv;
let stack: Stack;
let redis: Redis;
let ann: LoggedInUser;
let ben: LoggedInUser;
let cat: LoggedInUser;
let room: string;
let benSocket: TestSocket;
let catSocket: TestSocket;
/** The channel of a router that hears nothing from chat-core: the test publishes for it, and holds back every room-left. */
let channel: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env);
  const prefix = `${env.redisPrefix}-held`;
  channel = timelineChannel(prefix);
  const held = await stack.addRouter({ REDIS_PREFIX: prefix });
  redis = new Redis(env.redisUrl);
  [ann, ben, cat] = await Promise.all([
    stack.registerAndLogin('ann@signals.test'),
    stack.registerAndLogin('ben@signals.test'),
    stack.registerAndLogin('cat@signals.test'),
  ]);
  room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'signals', user_ids: [ben.userId, cat.userId] })).id;
  benSocket = await connect(held, { authorization: `Bearer ${ben.accessToken}` });
  catSocket = await connect(held, { authorization: `Bearer ${cat.accessToken}` });
});

afterAll(async () => {
  benSocket?.close();
  catSocket?.close();
  redis?.disconnect();
  await stack?.close();
  await env?.cleanup();
});

/** A signal as chat-core publishes it (seq 0). */
const typing = (content: string): TimelineEnvelope => ({
  room,
  seq: 0,
  type: 'message',
  payload: { nonce: null, sender: ann.userId, content, contentType: 'typing', files: [], room, createdAt: new Date().toISOString() },
  actor: ann.userId,
  at: Date.now(),
});
const readReceipt = (seq: number): TimelineEnvelope => ({
  room,
  seq: 0,
  type: 'messagesRead',
  payload: { room, readBy: ann.userId, seq },
  actor: ann.userId,
  at: Date.now(),
});

describe('typing and read receipts', () => {
  it('reach every member with a socket in the room', async () => {
    await redis.publish(channel, JSON.stringify([typing('ann is typing'), readReceipt(1)]));
    for (const socket of [benSocket, catSocket]) {
      expect((await socket.waitForEvents('message', 1))[0]).toMatchObject({ content: 'ann is typing', contentType: 'typing' });
      expect((await socket.waitForEvents('messagesRead', 1))[0]).toEqual({ room, readBy: ann.userId, seq: 1 });
    }
  });

  it('reach no removed member, even while the removal has not reached the router', async () => {
    await stack.chatClient.LeaveRoom({ user_id: ben.userId, room_id: room });
    // Ben's socket is still in the room here: its router has not heard of the removal (nor ever will).
    await redis.publish(channel, JSON.stringify([typing('ann is still typing'), readReceipt(2)]));
    await catSocket.waitForEvents('message', 2);
    await catSocket.waitForEvents('messagesRead', 2);
    await settle();
    expect(benSocket.payloads('message').map((m) => m.content)).toEqual(['ann is typing']);
    expect(benSocket.payloads('messagesRead')).toHaveLength(1);
  });

  it('go nowhere from a sender who is no longer a member', async () => {
    await stack.chatClient.LeaveRoom({ user_id: ann.userId, room_id: room });
    await redis.publish(channel, JSON.stringify([typing('ann typing after leaving')]));
    await settle();
    expect(catSocket.payloads('message').map((m) => m.content)).toEqual(['ann is typing', 'ann is still typing']);
  });
});
