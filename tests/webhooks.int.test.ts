import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/client';
import { createPool, createLogger } from '@chat/common';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { WebhookDispatcher } from '../services/chat-core/src/webhooks/webhook-dispatcher.ts';
import { assertPublicUrl } from '../services/chat-core/src/webhooks/url-guard.ts';
import { startStack, type Stack } from '@chat/testing/stack.ts';
import { sdkUser } from './support/sdk-clients.ts';

/**
 * Webhooks from the room event log, against the real stack and receivers on
 * 127.0.0.1 (so WEBHOOK_ALLOW_PRIVATE is on): signed POSTs in seq order per
 * room, retries then the dead-letter list for a failing receiver, rotation
 * with an overlap, and message sends unaffected by a receiver that hangs.
 */

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; room: string; seq: number; data: Record<string, unknown> };
}

/** A receiver on a free port; `answer` decides each response (status, delay). */
async function receiver(answer: () => { status: number; delayMs?: number } = () => ({ status: 200 })) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { status, delayMs = 0 } = answer();
      setTimeout(() => {
        if (status < 300) received.push({ headers: req.headers, body, json: JSON.parse(body) as Received['json'] });
        res.writeHead(status).end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, received };
}

const hmac = (secret: string, timestamp: string, body: string) => `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

let env: TestEnv;
let stack: Stack;
let dispatcher: WebhookDispatcher;
let pool: ReturnType<typeof createPool>;
const servers: Server[] = [];
const clients: ChatClient[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  // The dispatcher under test is this file's own (its options shortened); chat-core's would compete for the lead.
  stack = await startStack(env, { env: { WEBHOOKS_ENABLED: 'false' } });
  pool = createPool(env.databaseUrl, 2);
  dispatcher = new WebhookDispatcher({
    pool,
    log: createLogger('webhooks', 'silent'),
    allowPrivate: true,
    pollMs: 100,
    maxAttempts: 3,
    backoff: { baseMs: 50, maxMs: 200 },
    timeoutMs: 10_000,
  });
  dispatcher.start();
});

afterAll(async () => {
  for (const client of clients) client.close();
  await dispatcher?.close();
  await pool?.end();
  for (const server of servers) server.closeAllConnections(), server.close();
  await stack?.close();
  await env?.cleanup();
});

async function pair(tag: string): Promise<{ ann: ChatClient; roomId: string }> {
  const ann = await sdkUser({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]! }, `ann@${tag}.hooks.test`);
  const ben = await sdkUser({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]! }, `ben@${tag}.hooks.test`);
  clients.push(ann, ben);
  await ann.connect();
  const { roomId } = await ann.api.rooms.create(tag, [ben.userId!]);
  return { ann, roomId };
}

describe('webhooks from the room event log', () => {
  it('POSTs each subscribed event once, per room in seq order, signed over timestamp.body', { timeout: 60_000 }, async () => {
    const hook = await receiver();
    const endpoint = await dispatcher.store.create({ url: hook.url, eventTypes: ['message', 'room-joined'], secret: 'a-secret-of-sixteen+' });
    const { ann, roomId } = await pair('order');
    for (let i = 1; i <= 5; i++) await ann.send(roomId, `m${i}`);

    const mine = () => hook.received.filter((r) => r.json.room === roomId);
    await waitFor('6 deliveries', () => (mine().length >= 6 ? true : undefined), 30_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(mine().map((r) => `${r.json.type} ${r.json.seq}`)).toEqual(['room-joined 1', 'message 2', 'message 3', 'message 4', 'message 5', 'message 6']);
    for (const r of mine()) {
      expect(r.headers['x-chat-signature']).toBe(hmac('a-secret-of-sixteen+', String(r.headers['x-chat-timestamp']), r.body));
      expect(r.headers['x-chat-event-id']).toBe(r.json.id);
      expect(r.json.id).toBe(`${roomId}:${r.json.seq}`);
    }
    expect(mine()[1]!.json.data).toMatchObject({ content: 'm1', room: roomId, seq: 2 });
    const log = await dispatcher.store.deliveries(endpoint.id, { limit: 100 });
    expect(log.filter((d) => d.roomId === roomId).map((d) => d.status)).toEqual(Array(6).fill('delivered'));
    await dispatcher.store.remove(endpoint.id);
  });

  it('a failing receiver is retried, then dead-lettered, while a healthy one gets everything; retry delivers a dead letter', async () => {
    let failing = true;
    const bad = await receiver(() => ({ status: failing ? 503 : 200 }));
    const good = await receiver();
    const badEndpoint = await dispatcher.store.create({ url: bad.url, eventTypes: ['message'], secret: 'bad-secret-0123456' });
    const goodEndpoint = await dispatcher.store.create({ url: good.url, eventTypes: ['message'], secret: 'good-secret-012345' });
    const { ann, roomId } = await pair('dead');
    await ann.send(roomId, 'first');
    await ann.send(roomId, 'second');

    await waitFor('the healthy receiver to get both', () => (good.received.filter((r) => r.json.room === roomId).length === 2 ? true : undefined), 10_000);
    const dead = await waitFor('both events dead-lettered', async () => {
      const rows = await dispatcher.store.deliveries(badEndpoint.id, { status: 'dead', limit: 10 });
      return rows.length === 2 ? rows : undefined;
    }, 30_000);
    expect(dead.map((d) => [d.seq, d.attempts, d.responseStatus])).toEqual([[3, 3, 503], [2, 3, 503]]);

    failing = false;
    const retried = await dispatcher.retry(dead[1]!.id);
    expect(retried).toMatchObject({ status: 'delivered', seq: 2, attempts: 4 });
    expect(bad.received.map((r) => r.json.data.content)).toEqual(['first']);
    await dispatcher.store.remove(badEndpoint.id);
    await dispatcher.store.remove(goodEndpoint.id);
  }, 60_000);

  it('a rotated secret signs with both secrets during the overlap', { timeout: 60_000 }, async () => {
    const hook = await receiver();
    const endpoint = await dispatcher.store.create({ url: hook.url, eventTypes: ['message'], secret: 'old-secret-0123456' });
    await dispatcher.store.rotateSecret(endpoint.id, 'new-secret-0123456', 3600);
    const { ann, roomId } = await pair('rotate');
    await ann.send(roomId, 'signed twice');
    const [got] = await waitFor('the delivery', () => (hook.received.length > 0 ? hook.received : undefined), 10_000);
    const ts = String(got!.headers['x-chat-timestamp']);
    expect(got!.headers['x-chat-signature']).toBe(`${hmac('new-secret-0123456', ts, got!.body)}, ${hmac('old-secret-0123456', ts, got!.body)}`);
    await dispatcher.store.remove(endpoint.id);
  });

  it('a receiver that hangs does not slow message sends', { timeout: 60_000 }, async () => {
    const hung = await receiver(() => ({ status: 200, delayMs: 8000 }));
    const endpoint = await dispatcher.store.create({ url: hung.url, eventTypes: ['message'], secret: 'slow-secret-012345' });
    const { ann, roomId } = await pair('slow');
    let slowest = 0;
    for (let i = 0; i < 20; i++) {
      const started = Date.now();
      await ann.send(roomId, `fast ${i}`);
      slowest = Math.max(slowest, Date.now() - started);
    }
    expect(hung.received.length).toBe(0);
    // The receiver takes 8 s per event: a send that waited for it would take at least that long. (The bound is
    // that and no tighter: the test machine is shared; sends here typically take a few ms.)
    expect(slowest).toBeLessThan(8000);
    await dispatcher.store.remove(endpoint.id);
  });

  it('refuses loopback and private URLs unless WEBHOOK_ALLOW_PRIVATE', async () => {
    for (const url of ['http://127.0.0.1:8080/x', 'http://10.1.2.3/x', 'http://[::1]/x', 'http://169.254.169.254/latest', 'http://localhost/x']) {
      await expect(assertPublicUrl(url, false), url).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^url: .*WEBHOOK_ALLOW_PRIVATE/) });
    }
    await expect(assertPublicUrl('ftp://example.com/x', true)).rejects.toMatchObject({ message: 'url: must be http or https' });
    await expect(assertPublicUrl('http://127.0.0.1:8080/x', true)).resolves.toBeUndefined();
    await expect(assertPublicUrl('http://93.184.215.14/x', false)).resolves.toBeUndefined();
  });
});
