import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { OwnRedis } from '@chat/testing/own-redis.ts';
import { ADMIN_ENV, adminTestClient } from '@chat/testing/gateway/admin-test-client.ts';
import { httpTestClient, type LoggedInUser } from '@chat/testing/gateway/http-test-client.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';

/**
 * Every security limit fails closed: with Redis gone, what it guards is
 * refused with a 503 saying why, not let through uncounted. The services use
 * a redis-server of this file's own, killed mid-file; the machine's Redis is
 * left alone.
 */

let env: TestEnv;
let redis: OwnRedis;
let stack: TestStack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let adminToken: string;

beforeAll(async () => {
  env = await createTestEnv();
  redis = await OwnRedis.start();
  stack = await startTestStack(env, { ...ADMIN_ENV, REDIS_URL: redis.url });
  const users = httpTestClient(stack.app);
  [ann, ben] = await Promise.all([users.loggedIn(), users.loggedIn()]);
  adminToken = await adminTestClient(stack.app).login();
  await redis.kill();
});

afterAll(async () => {
  await stack?.close();
  await redis?.kill();
  await env?.cleanup();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  stack.app.inject({ method: 'POST', url, payload: payload as object, headers, remoteAddress: '198.51.100.20' });

const refusedFor = (what: string) => ({
  error: { code: 'UNAVAILABLE', message: `${what} cannot be checked while Redis is unreachable: refused, try again shortly` },
});

describe('with Redis unreachable', () => {
  it('refuses logins, even with the right password (the failed-login limit is in auth)', async () => {
    const res = await post('/authentication/local', { email: ann.email, password: ann.password });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('UNAVAILABLE');
    expect(res.json().error.message).not.toBe('');
  });

  it('refuses registrations: their per-IP limit cannot count', async () => {
    const res = await post('/authentication/local/new', { email: 'late@example.com', password: 'correct horse' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual(refusedFor('the rate limit'));
  });

  it('refuses room creation: its per-user limit cannot count', async () => {
    const res = await post('/chat/rooms', { roomName: 'while down', users: [ben.userId] }, { authorization: `Bearer ${ann.accessToken}` });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual(refusedFor('the rate limit'));
  });

  it('refuses admin calls, the right master key included: wrong keys cannot be counted', async () => {
    for (const masterkey of [ADMIN_ENV.MASTER_KEY, 'a guess']) {
      const res = await stack.app.inject({ method: 'GET', url: '/admin/users', headers: { masterkey, authorization: `Bearer ${adminToken}` } });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual(refusedFor('the wrong-master-key limit'));
    }
  });

  it('still answers what no limit guards, and says in /health that Redis is away', async () => {
    const me = await stack.app.inject({ method: 'GET', url: '/authentication/user', headers: { authorization: `Bearer ${ann.accessToken}` } });
    expect(me.statusCode).toBe(200);
    const health = await stack.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json().checks.redis).toBe('unavailable');
  });
});
