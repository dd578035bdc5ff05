import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { buildApp } from '../app.ts';
import { loadGatewayConfig } from '../config.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';

/**
 * The client IP drives the per-IP limits; here the registration limit (2 a
 * minute) shows whose IP the gateway believes. A client that may set
 * X-Forwarded-For itself gets a fresh IP per request and no limit at all.
 */

let env: TestEnv;
let stack: TestStack;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { GATEWAY_REGISTER_RATE_LIMIT: '2' });
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await stack?.close();
  await env?.cleanup();
});

/** A gateway beside the stack's, with its own GATEWAY_TRUST_PROXY and key prefix. */
async function gateway(trustProxy: string, prefix: string): Promise<FastifyInstance> {
  const auth = `127.0.0.1:${stack.auth.grpcPort}`;
  const app = buildApp({
    config: loadGatewayConfig({ ...env.env, REDIS_PREFIX: `${env.redisPrefix}-${prefix}`, GATEWAY_REGISTER_RATE_LIMIT: '2', GATEWAY_TRUST_PROXY: trustProxy, AUTH_GRPC_URL: auth, CHAT_GRPC_URL: `127.0.0.1:${stack.chat.grpcPort}` }),
  });
  apps.push(app);
  await app.ready();
  return app;
}

let n = 0;
const register = (app: FastifyInstance, remoteAddress: string, forwardedFor?: string) =>
  app.inject({
    method: 'POST',
    url: '/authentication/local/new',
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    payload: { email: `proxied${++n}@example.com`, password: 'correct horse' },
  });

describe('GATEWAY_TRUST_PROXY', () => {
  it('by default ignores X-Forwarded-For: a client cannot escape the limit by inventing addresses', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await register(stack.app, '198.51.100.7', `203.0.113.${i}`)).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('with the proxy addresses, believes X-Forwarded-For only from them', async () => {
    const app = await gateway('10.0.0.0/24, ::1', 'cidr');
    // Through the proxy, each client has its own count.
    const viaProxy = [];
    for (let i = 0; i < 3; i++) viaProxy.push((await register(app, '10.0.0.5', `203.0.113.${i}`)).statusCode);
    expect(viaProxy).toEqual([200, 200, 200]);
    expect((await register(app, '10.0.0.5', '203.0.113.0')).statusCode).toBe(200);
    expect((await register(app, '10.0.0.5', '203.0.113.0')).statusCode).toBe(429);
    // A client reaching the gateway directly is counted by its own address, whatever it claims.
    const direct = [];
    for (let i = 0; i < 3; i++) direct.push((await register(app, '198.51.100.8', `10.0.0.${100 + i}`)).statusCode);
    expect(direct).toEqual([200, 200, 429]);
  });

  it('with a hop count, takes the address the nearest proxy saw, not what the client wrote before it', async () => {
    const app = await gateway('1', 'hops');
    const statuses = [];
    // The client prepends an invented address; the proxy appends the real one (198.51.100.9).
    for (let i = 0; i < 3; i++) statuses.push((await register(app, '10.0.0.5', `203.0.113.${i}, 198.51.100.9`)).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
