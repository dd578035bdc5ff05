import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient, ChatClientOptions } from '@chat/client';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { OwnRedis } from '@chat/testing/own-redis.ts';
import { freePort, ProcessStack } from '@chat/testing/process-stack.ts';
import { numbered, record, sdkUser, waitForMessages } from './support/sdk-clients.ts';

/**
 * The SDK (@chat/client) against the real services as processes, with a
 * redis-server of this file's own (restarted here without touching the
 * machine's). Each test checks the exact sequence of events the app saw:
 * every message once, in seq order, through a router killed mid-stream,
 * a Redis restart, an access token expiring on a live socket, a send made
 * while offline and one whose outcome the router could not know.
 */

let env: TestEnv;
let redis: OwnRedis;
let stack: ProcessStack;
let gateway: string;
let routers: string[];
const clients: ChatClient[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  redis = await OwnRedis.start();
  const ports = { auth: await freePort(), chat: await freePort(), gateway: await freePort(), routers: [await freePort(), await freePort()] };
  stack = new ProcessStack({
    ...env.env,
    REDIS_URL: redis.url,
    LOG_LEVEL: 'warn',
    AUTH_GRPC_URL: `127.0.0.1:${ports.auth}`,
    CHAT_GRPC_URL: `127.0.0.1:${ports.chat}`,
    // Short-lived access tokens: every client here renews several times while the file runs.
    ACCESS_TOKEN_TTL: '6',
  });
  stack.add('auth', 'auth', ports.auth, { AUTH_GRPC_HOST: '127.0.0.1', AUTH_GRPC_PORT: String(ports.auth) });
  stack.add('chat-core', 'chat-core', ports.chat, { CHAT_GRPC_HOST: '127.0.0.1', CHAT_GRPC_PORT: String(ports.chat) });
  stack.add('gateway', 'gateway', ports.gateway, { GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: String(ports.gateway) });
  // The routers give up on chat-core after 1.5 s, so a frozen chat-core answers OUTCOME_UNKNOWN quickly.
  ports.routers.forEach((port, i) =>
    stack.add(`router-${i + 1}`, 'router', port, { ROUTER_HOST: '127.0.0.1', CLIENT_SOCKET_PORT: String(port), GRPC_DEADLINE_MS: '1500' }),
  );
  await stack.start('auth');
  await stack.start('chat-core');
  await Promise.all(['gateway', 'router-1', 'router-2'].map((name) => stack.start(name)));
  gateway = `http://127.0.0.1:${ports.gateway}`;
  routers = ports.routers.map((port) => `http://127.0.0.1:${port}`);
}, 180_000);

afterAll(async () => {
  for (const client of clients) client.close();
  stack?.signal('chat-core', 'SIGCONT');
  await stack?.stopAll();
  await redis?.kill();
  await env?.cleanup();
});

async function user(email: string, options: Partial<ChatClientOptions> = {}): Promise<ChatClient> {
  const client = await sdkUser({ url: gateway, socketUrl: routers[1]!, reconnectDelayMs: { min: 100, max: 1000 }, ...options }, email);
  clients.push(client);
  return client;
}

/** A room of `owner` with `others` in it: its first event (seq 1) is their joining. */
async function room(owner: ChatClient, others: ChatClient[], name: string): Promise<string> {
  return (await owner.api.rooms.create(name, others.map((o) => o.userId!))).roomId;
}

const seqsFrom = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

describe('@chat/client against the real services', () => {
  it('an access token that expires on a live socket is renewed there: no disconnect, nothing missed', async () => {
    const ann = await user('ann@sdk-token.test');
    // No renewal ahead of expiry: the router's token-expired is what renews it.
    const cat = await user('cat@sdk-token.test', { autoRenew: false });
    const roomId = await room(ann, [cat], 'token');
    await ann.connect();
    const seen = record(cat);
    let renewals = 0;
    cat.on('tokens', () => renewals++);
    await cat.connect();
    const statuses: string[] = [];
    cat.on('status', (s) => statuses.push(s.status));

    await waitFor('the token to expire and be renewed over the socket', () => (renewals > 0 ? true : undefined), 20_000);
    for (const text of numbered('t', 3)) await ann.send(roomId, text);
    const own = await cat.send(roomId, 'still here');
    expect(own).toMatchObject({ content: 'still here', room: roomId, seq: 5 });
    await waitForMessages(seen, 4);
    expect(seen.lines).toEqual(['message 2 t1', 'message 3 t2', 'message 4 t3', 'message 5 still here']);
    expect(statuses).toEqual([]);
    expect(cat.connected).toBe(true);
  }, 60_000);

  it('a message sent while offline is stored once when the client is back, after the messages it missed', async () => {
    const ann = await user('ann@sdk-offline.test');
    const dan = await user('dan@sdk-offline.test', { socketUrl: routers[0]! });
    const roomId = await room(ann, [dan], 'offline');
    await ann.connect();
    const seen = record(dan);
    await dan.connect();

    await stack.stop('router-1');
    await waitFor('dan to see the router go', () => (dan.connected ? undefined : true), 10_000);
    let answers = 0;
    const sending = dan.send(roomId, 'sent offline').then((m) => {
      answers++;
      return m;
    });
    await ann.send(roomId, 'o1');
    await ann.send(roomId, 'o2');
    await new Promise((r) => setTimeout(r, 300));
    expect(answers).toBe(0);
    await stack.start('router-1');

    const stored = await sending;
    expect(stored).toMatchObject({ content: 'sent offline', seq: 4 });
    await waitForMessages(seen, 3);
    expect(seen.lines).toEqual(['message 2 o1', 'message 3 o2', 'message 4 sent offline']);
    const history = await ann.api.messages.list({ roomId });
    expect(history.messages.filter((m) => m.message === 'sent offline')).toHaveLength(1);
    expect(answers).toBe(1);
  }, 60_000);

  it('a router killed mid-stream: the client moves to the other router and sees every message once, in order', async () => {
    const ann = await user('ann@sdk-kill.test');
    const bob = await user('bob@sdk-kill.test', { socketUrl: [routers[0]!, routers[1]!] });
    const roomId = await room(ann, [bob], 'kill');
    await ann.connect();
    const seen = record(bob);
    const urls: string[] = [];
    bob.on('status', (s) => {
      if (s.status === 'connected') urls.push(s.url);
    });
    await bob.connect();
    expect(urls).toEqual([routers[0]]);

    for (const [i, text] of numbered('k', 30).entries()) {
      if (i === 10) await stack.stop('router-1');
      await ann.send(roomId, text);
    }
    await waitForMessages(seen, 30);
    expect(seen.messages()).toEqual(numbered('k', 30));
    expect(seen.seqs(roomId)).toEqual(seqsFrom(2, 30));
    expect(urls).toEqual([routers[0], routers[1]]);
    await stack.start('router-1');
  }, 60_000);

  it('Redis restarted mid-stream: every message reaches the app once, in order', async () => {
    const ann = await user('ann@sdk-redis.test', { socketUrl: routers[0]! });
    const bob = await user('bob@sdk-redis.test');
    const roomId = await room(ann, [bob], 'redis');
    await ann.connect();
    const seen = record(bob);
    await bob.connect();

    for (const [i, text] of numbered('r', 20).entries()) {
      if (i === 6) await redis.kill();
      if (i === 9) await redis.start();
      await ann.send(roomId, text);
    }
    // Without a later event a client cannot tell a lost last event from silence (docs/CLIENT.md, "Resuming").
    await new Promise((r) => setTimeout(r, 1500));
    await ann.send(roomId, 'after');
    await waitForMessages(seen, 21, 30_000);
    expect(seen.messages()).toEqual([...numbered('r', 20), 'after']);
    expect(seen.seqs(roomId)).toEqual(seqsFrom(2, 21));
  }, 90_000);

  it('a send whose outcome the router could not know (chat-core frozen) resolves once, stored once', async () => {
    const ann = await user('ann@sdk-unknown.test');
    const bob = await user('bob@sdk-unknown.test');
    const roomId = await room(ann, [bob], 'unknown');
    await ann.connect();
    const seen = record(bob);
    await bob.connect();

    stack.signal('chat-core', 'SIGSTOP');
    const sending = ann.send(roomId, 'in limbo');
    await new Promise((r) => setTimeout(r, 3000));
    stack.signal('chat-core', 'SIGCONT');
    const stored = await sending;
    expect(stored).toMatchObject({ content: 'in limbo', seq: 2 });
    await ann.send(roomId, 'next');
    await waitForMessages(seen, 2);
    expect(seen.lines).toEqual(['message 2 in limbo', 'message 3 next']);
    const history = await ann.api.messages.list({ roomId });
    expect(history.messages.map((m) => m.message).sort()).toEqual(['in limbo', 'next']);
  }, 60_000);
});
