import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/client';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startStack, type Stack } from '@chat/testing/stack.ts';
import { sdkUser } from './support/sdk-clients.ts';

/**
 * /admin/webhooks end to end: the gateway's admin API, chat-core's
 * Webhooks service and its dispatcher, a receiver on 127.0.0.1
 * (WEBHOOK_ALLOW_PRIVATE=true), and messages sent with the SDK.
 */

const ADMIN = { MASTER_KEY: 'hooks-master-key', ADMIN_EMAIL: 'root@hooks.test', ADMIN_PASSWORD: 'root password' };
let env: TestEnv;
let stack: Stack;
let server: Server;
let hookUrl: string;
let failing = false;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let token: string;
let ann: ChatClient;
let roomId: string;

async function admin<T = Record<string, unknown>>(method: string, path: string, body?: unknown, withToken = true): Promise<{ status: number; json: T }> {
  const response = await fetch(`${stack.gatewayUrl}/admin${path}`, {
    method,
    headers: {
      masterkey: ADMIN.MASTER_KEY,
      ...(withToken && token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

const hmac = (secret: string, ts: string, body: string) => `sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (!failing) received.push({ headers: req.headers, body });
      res.writeHead(failing ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`;
  env = await createTestEnv();
  stack = await startStack(env, { env: { ...ADMIN, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_MS: '100', WEBHOOK_MAX_ATTEMPTS: '2' } });
  token = (await admin<{ token: string }>('POST', '/login', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, false)).json.token;
  ann = await sdkUser({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]! }, 'ann@hooks.test');
  const ben = await sdkUser({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]! }, 'ben@hooks.test');
  const benId = ben.userId!;
  ben.close();
  await ann.connect();
  roomId = (await ann.api.rooms.create('hooked', [benId])).roomId;
});

afterAll(async () => {
  ann?.close();
  server?.closeAllConnections();
  server?.close();
  await stack?.close();
  await env?.cleanup();
});

describe('/admin/webhooks', () => {
  let endpoint: { _id: string; secret: string };

  it('needs an admin, and says which field is wrong', async () => {
    expect((await admin('GET', '/webhooks', undefined, false)).status).toBe(401);
    const badType = await admin<{ error: { message: string } }>('POST', '/webhooks', { url: hookUrl, eventTypes: ['mesage'] });
    expect(badType.status).toBe(400);
    expect(badType.json.error.message).toMatch(/eventTypes/);
    const badUrl = await admin<{ error: { message: string } }>('POST', '/webhooks', { url: 'ftp://example.com/x', eventTypes: ['message'] });
    expect(badUrl).toMatchObject({ status: 400, json: { error: { message: 'url: must be http or https' } } });
    expect((await admin<{ endpoints: unknown[] }>('GET', '/webhooks')).json.endpoints).toEqual([]);
  });

  it('registers an endpoint (its secret shown once) that then receives signed events', async () => {
    const created = await admin<{ _id: string; secret: string }>('POST', '/webhooks', { url: hookUrl, eventTypes: ['message'] });
    expect(created.status).toBe(200);
    endpoint = created.json;
    expect(endpoint.secret).toMatch(/^whsec_/);
    const listed = (await admin<{ endpoints: Record<string, unknown>[] }>('GET', '/webhooks')).json.endpoints;
    expect(listed).toEqual([{ _id: endpoint._id, url: hookUrl, eventTypes: ['message'], previousSecretUntil: null, enabled: true, createdAt: expect.any(String) }]);

    await ann.send(roomId, 'hello hooks');
    const [got] = await waitFor('a delivery', () => (received.length > 0 ? received : undefined), 10_000);
    expect(got!.headers['x-chat-signature']).toBe(hmac(endpoint.secret, String(got!.headers['x-chat-timestamp']), got!.body));
    expect(JSON.parse(got!.body)).toMatchObject({ type: 'message', room: roomId, seq: 2, data: { content: 'hello hooks' } });
    // The endpoint has the request before the dispatcher has its answer and records the delivery.
    const log = await waitFor('the delivery recorded', async () => {
      const r = await admin<{ deliveries: { status: string; seq: number }[] }>('GET', `/webhooks/${endpoint._id}/deliveries`);
      return r.json.deliveries.length > 0 ? r.json.deliveries : undefined;
    }, 10_000);
    expect(log.map((d) => [d.seq, d.status])).toEqual([[2, 'delivered']]);
  });

  it('dead-letters what keeps failing, and retries it on request', async () => {
    failing = true;
    await ann.send(roomId, 'lost for now');
    const dead = await waitFor('a dead letter', async () => {
      const r = await admin<{ deliveries: { _id: number; seq: number; attempts: number; responseStatus: number }[] }>('GET', `/webhooks/${endpoint._id}/deliveries?status=dead`);
      return r.json.deliveries.length > 0 ? r.json.deliveries : undefined;
    }, 20_000);
    expect(dead).toMatchObject([{ seq: 3, attempts: 2, responseStatus: 500 }]);
    failing = false;
    const retried = await admin('POST', `/webhooks/deliveries/${dead[0]!._id}/retry`);
    expect(retried.json).toMatchObject({ status: 'delivered', seq: 3, attempts: 3 });
    expect(JSON.parse(received.at(-1)!.body)).toMatchObject({ seq: 3, data: { content: 'lost for now' } });
  }, 40_000);

  it('rotates the secret with an overlap, then removes the endpoint', async () => {
    const rotated = await admin<{ secret: string; previousSecretUntil: string }>('POST', `/webhooks/${endpoint._id}/rotate-secret`, { overlapSeconds: 600 });
    expect(rotated.json.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotated.json.previousSecretUntil)).toBeGreaterThan(Date.now() + 590_000);
    const before = received.length;
    await ann.send(roomId, 'after the rotation');
    await waitFor('the next delivery', () => (received.length > before ? true : undefined), 10_000);
    const got = received.at(-1)!;
    const ts = String(got.headers['x-chat-timestamp']);
    expect(got.headers['x-chat-signature']).toBe(`${hmac(rotated.json.secret, ts, got.body)}, ${hmac(endpoint.secret, ts, got.body)}`);

    expect((await admin('DELETE', `/webhooks/${endpoint._id}`)).status).toBe(200);
    expect((await admin<{ endpoints: unknown[] }>('GET', '/webhooks')).json.endpoints).toEqual([]);
    expect((await admin('DELETE', `/webhooks/${endpoint._id}`)).status).toBe(404);
  });
});
