import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthHandle } from '@chat/auth';
import type { ChatCoreHandle } from '@chat/chat-core';
import { createPool } from '@chat/common';
import type { GatewayHandle } from '@chat/gateway';
import { checkGrpcHealth, watchGrpcHealth } from '@chat/grpc';
import type { RouterHandle } from '@chat/router';
import { createTestEnv, serverUrl, waitFor, type TestEnv } from '@chat/testing';
import { FREE_PORTS, StackComposer } from '@chat/testing/composer.ts';
import { connect, type TestSocket } from '@chat/testing/router/test-sockets.ts';
import { freePort } from '@chat/stack';

/**
 * What an operator of the four services reads (docs/OPERATIONS.md): each
 * one's Prometheus metrics, the standard gRPC health protocol of auth and
 * chat-core, and the router's and the gateway's /health and /ready, against
 * the real services on real ports.
 */

let env: TestEnv;
let stack: StackComposer;
let auth: AuthHandle;
let chat: ChatCoreHandle;
let gateway: GatewayHandle;
let router: RouterHandle;
let gatewayUrl: string;
let routerUrl: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  const [authMetrics, chatMetrics] = [await freePort(), await freePort()];
  stack = new StackComposer({ ...env.env, ...FREE_PORTS });
  auth = await stack.auth({ AUTH_METRICS_PORT: String(authMetrics) });
  chat = await stack.chatCore({ CHAT_METRICS_PORT: String(chatMetrics) });
  gateway = await stack.gateway();
  // Two messages per user per second, so the rate-limit refusal is easy to reach.
  router = await stack.router({ SOCKET_MESSAGE_RATE_LIMIT: '2' });
  gatewayUrl = `http://127.0.0.1:${gateway.port}`;
  routerUrl = `http://127.0.0.1:${router.port}`;
});

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await stack?.close();
  await env?.cleanup();
});

const post = (path: string, body: unknown) =>
  fetch(`${gatewayUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function login(email: string, password: string) {
  expect((await post('/authentication/local/new', { email, password })).status).toBe(200);
  const res = await post('/authentication/local', { email, password });
  expect(res.status).toBe(200);
  return (await res.json()) as { userId: string; accessToken: string; refreshToken: string };
}

async function scrape(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return res.text();
}

/** The value of one series, e.g. `chat_router_sockets_connected` or `x_total{a="b"}`; undefined when absent. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics', () => {
  const ids: string[] = [];

  it('a message shows in every service\'s metrics, by method, route and stage, with no user or room id in them', async () => {
    const ann = await login('ann@ops.test', 'correct horse battery');
    const ben = await login('ben@ops.test', 'correct horse battery');
    ids.push(ann.userId, ben.userId);
    const created = await fetch(`${gatewayUrl}/chat/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ann.accessToken}` },
      body: JSON.stringify({ roomName: 'ops', users: [ben.userId] }),
    });
    const { roomId } = (await created.json()) as { roomId: string };
    ids.push(roomId);
    const a = await connect(routerUrl, { authorization: `Bearer ${ann.accessToken}` });
    const b = await connect(routerUrl, { authToken: ben.accessToken });
    sockets.push(a, b);
    expect(await a.request('message', roomId, { content: 'hello', nonce: randomUUID() })).toMatchObject({ content: 'hello' });
    await b.waitForEvents('message', 1);

    const router = await scrape(`${routerUrl}/metrics`);
    expect(value(router, 'chat_router_sockets_connected')).toBe(2);
    expect(value(router, 'chat_router_client_events_total{event="message"}')).toBe(1);
    expect(value(router, 'chat_router_timeline_events_total')).toBeGreaterThanOrEqual(1);
    // The message reached both members' sockets (room-joined went to their user channels, not the room's).
    expect(value(router, 'chat_router_events_out_total')).toBeGreaterThanOrEqual(2);
    expect(value(router, 'chat_delivery_stage_seconds_count{stage="fanout"}')).toBeGreaterThanOrEqual(1);
    expect(router).toContain('nodejs_eventloop_lag_seconds');
    // Both sides of the router's call to chat-core, timed.
    expect(value(router, 'grpc_client_handled_total{grpc_service="chat.core.v1.ChatCore",grpc_method="SendMessages",grpc_code="OK"}')).toBe(1);
    expect(value(router, 'grpc_client_handling_seconds_count{grpc_service="chat.core.v1.ChatCore",grpc_method="SendMessages"}')).toBe(1);

    const core = await scrape(`http://127.0.0.1:${chat.metricsPort}/metrics`);
    expect(value(core, 'grpc_server_handled_total{grpc_service="chat.core.v1.ChatCore",grpc_method="SendMessages",grpc_code="OK"}')).toBe(1);
    expect(value(core, 'grpc_server_handling_seconds_count{grpc_service="chat.core.v1.ChatCore",grpc_method="SendMessages"}')).toBe(1);
    // Room creation and the message: at least two events handed to the routers.
    expect(value(core, 'chat_events_published_total')).toBeGreaterThanOrEqual(2);
    await waitFor('the outbox to empty', async () => value(await scrape(`http://127.0.0.1:${chat.metricsPort}/metrics`), 'chat_outbox_depth') === 0 || undefined);
    expect(value(core, 'chat_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(core, 'chat_pg_pool_clients{service="chat-core",state="waiting"}')).toBe(0);
    expect(value(core, 'chat_pg_pool_clients{service="chat-core",state="total"}')).toBeGreaterThanOrEqual(1);
    expect(value(core, 'chat_messages_appended_total')).toBe(1);
    expect(value(core, 'chat_append_transactions_total')).toBe(1);
    expect(value(core, 'chat_append_batch_size_count')).toBe(1);

    const gw = await scrape(`${gatewayUrl}/metrics`);
    // By route pattern, never the URL.
    expect(value(gw, 'http_requests_total{method="POST",route="/chat/rooms",status_code="200"}')).toBe(1);
    expect(value(gw, 'http_request_duration_seconds_count{method="POST",route="/authentication/local",status_code="200"}')).toBe(2);
    expect(gw).toContain('process_cpu_user_seconds_total');

    for (const text of [router, core, gw]) for (const id of ids) expect(text).not.toContain(id);
  });

  it('counts the sends the per-user rate limit refused', async () => {
    const [a] = sockets;
    const roomId = (a!.payloads<{ room: string }>('message')[0] ?? { room: '' }).room;
    // Six at once: however they fall across a second's boundary, at least two are over the limit.
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => a!.request('message', roomId, { content: `burst ${i}`, nonce: randomUUID() })));
    const refused = answers.filter((r) => (r as { error?: { code: string } }).error?.code === 'RESOURCE_EXHAUSTED').length;
    expect(refused).toBeGreaterThanOrEqual(2);
    const text = await scrape(`${routerUrl}/metrics`);
    expect(value(text, 'chat_router_rate_limited_total')).toBe(refused);
  });

  it("the admin panel's system data needs the master key and an admin session", async () => {
    expect((await fetch(`${gatewayUrl}/admin/system`)).status).toBe(401);
    expect((await fetch(`${gatewayUrl}/admin/system`, { headers: { masterkey: 'M4ST3RK3Y' } })).status).toBe(401);
  });

  it('a route nobody serves counts as unmatched, not by its path', async () => {
    expect((await fetch(`${gatewayUrl}/no/such/${randomUUID()}`)).status).toBe(404);
    const gw = await scrape(`${gatewayUrl}/metrics`);
    expect(value(gw, 'http_requests_total{method="GET",route="unmatched",status_code="404"}')).toBe(1);
  });

  it('auth counts sign-ins by result and refresh reuse on its metrics port', async () => {
    expect((await post('/authentication/local', { email: 'ann@ops.test', password: 'wrong password here' })).status).toBe(401);
    const cat = await login('cat@ops.test', 'correct horse battery');
    const renewed = await post('/authentication/renew', { refreshToken: cat.refreshToken });
    expect(renewed.status).toBe(200);
    expect((await post('/authentication/renew', { refreshToken: cat.refreshToken })).status).toBe(401);

    const text = await scrape(`http://127.0.0.1:${auth.metricsPort}/metrics`);
    expect(value(text, 'chat_auth_logins_total{login="user",result="failure"}')).toBe(1);
    expect(value(text, 'chat_auth_logins_total{login="user",result="success"}')).toBe(3);
    expect(value(text, 'chat_auth_refresh_reuse_total')).toBe(1);
    expect(value(text, 'chat_auth_refresh_total{result="renewed"}')).toBe(1);
    expect(value(text, 'grpc_server_handled_total{grpc_service="chat.auth.v1.Auth",grpc_method="Login",grpc_code="UNAUTHENTICATED"}')).toBe(1);
    expect(value(text, 'chat_pg_pool_clients{service="auth",state="waiting"}')).toBe(0);
  });
});

describe('health', () => {
  it('auth and chat-core answer the standard gRPC health check, for the server and for their service', async () => {
    expect(await checkGrpcHealth(`127.0.0.1:${auth.grpcPort}`)).toBe('SERVING');
    expect(await checkGrpcHealth(`127.0.0.1:${auth.grpcPort}`, 'chat.auth.v1.Auth')).toBe('SERVING');
    expect(await checkGrpcHealth(`127.0.0.1:${chat.grpcPort}`)).toBe('SERVING');
    expect(await checkGrpcHealth(`127.0.0.1:${chat.grpcPort}`, 'chat.core.v1.ChatCore')).toBe('SERVING');
    await expect(checkGrpcHealth(`127.0.0.1:${chat.grpcPort}`, 'no.such.Service')).rejects.toMatchObject({ code: 5 });
  });

  it('the router answers /health and /ready, and the gateway /ready beside /health', async () => {
    const live = await fetch(`${routerUrl}/health`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${routerUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { chat: 'ok', redis: 'ok', draining: 'no' } });
    const gw = await fetch(`${gatewayUrl}/ready`);
    expect(gw.status).toBe(200);
    expect(await gw.json()).toEqual({ status: 'ok', checks: { auth: 'ok', chat: 'ok', redis: 'ok' } });
  });

  it('Postgres unreachable: auth and chat-core say NOT_SERVING, the router and the gateway are not ready; then serve again', async () => {
    const name = new URL(env.databaseUrl).pathname.slice(1);
    const admin = createPool(`${serverUrl()}/postgres`, 1);
    try {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      expect(await checkGrpcHealth(`127.0.0.1:${auth.grpcPort}`)).toBe('NOT_SERVING');
      expect(await checkGrpcHealth(`127.0.0.1:${chat.grpcPort}`)).toBe('NOT_SERVING');
      const ready = await fetch(`${routerUrl}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { chat: 'unavailable', redis: 'ok' } });
      // Liveness asks nothing upstream: a database outage must not get routers restarted.
      expect((await fetch(`${routerUrl}/health`)).status).toBe(200);
      expect((await fetch(`${gatewayUrl}/ready`)).status).toBe(503);
    } finally {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await waitFor('chat-core to serve again', async () => (await checkGrpcHealth(`127.0.0.1:${chat.grpcPort}`)) === 'SERVING' || undefined);
    expect(await checkGrpcHealth(`127.0.0.1:${auth.grpcPort}`)).toBe('SERVING');
    expect((await fetch(`${routerUrl}/ready`)).status).toBe(200);
  });

  it('a chat-core that closes tells its health watchers NOT_SERVING before it stops', async () => {
    const extra = await stack.chatCore();
    const seen: string[] = [];
    let ended = false;
    const watch = watchGrpcHealth(`127.0.0.1:${extra.grpcPort}`, (s) => seen.push(s), () => (ended = true));
    try {
      await waitFor('the first status', () => seen.length === 1 || undefined);
      expect(seen).toEqual(['SERVING']);
      await extra.close();
      await waitFor('the stream to end', () => ended || undefined);
      expect(seen).toEqual(['SERVING', 'NOT_SERVING']);
    } finally {
      watch.close();
    }
  });
});
