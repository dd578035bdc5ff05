import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createRedis, redisWindowCounters } from '@chat/common';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { OwnRedis } from '@chat/testing/own-redis.ts';
import { startTestAuth, type TestAuth } from '@chat/testing/auth/test-auth.ts';
import { createLoginLimiter, LIMITER_UNAVAILABLE } from './login-limiter.ts';

/**
 * The failed-login limits fail closed: with its Redis gone, auth refuses
 * every login (user and admin) with UNAVAILABLE naming the cause, rather
 * than let unlimited guesses through. A redis-server of this file's own is
 * killed, never the machine's. (The gRPC client reports any UNAVAILABLE as
 * "auth is unavailable, try again": the cause is in auth's log, and in the
 * limiter's own error, checked below.)
 */

let env: TestEnv;
let redis: OwnRedis;
let auth: TestAuth;
const ADMIN = { ADMIN_EMAIL: 'root@redis-down.test', ADMIN_PASSWORD: 'root password' };

beforeAll(async () => {
  env = await createTestEnv();
  redis = await OwnRedis.start();
  auth = await startTestAuth(env, { ...ADMIN, REDIS_URL: redis.url });
});

afterAll(async () => {
  await auth?.close();
  await redis?.kill();
  await env?.cleanup();
});

describe('the login limiter without Redis', () => {
  it('lets logins through while Redis answers, and refuses every one with UNAVAILABLE once it is gone', async () => {
    await auth.client.Register({ email: 'ann@redis-down.test', password: 'correct horse' });
    await expect(auth.client.Login({ email: 'ann@redis-down.test', password: 'correct horse', client_ip: '198.51.100.1' })).resolves.toBeDefined();

    await redis.kill();
    const unavailable = { code: 'UNAVAILABLE' };
    // The right password too: an attempt that cannot be counted is not made.
    await expect(auth.client.Login({ email: 'ann@redis-down.test', password: 'correct horse', client_ip: '198.51.100.1' })).rejects.toMatchObject(unavailable);
    for (let i = 0; i < 5; i++) {
      await expect(auth.client.Login({ email: 'ann@redis-down.test', password: `guess ${i}`, client_ip: '198.51.100.1' })).rejects.toMatchObject(unavailable);
    }
    await expect(auth.client.AdminLogin({ ...{ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, client_ip: '' })).rejects.toMatchObject(unavailable);
  });
});

describe('the login limiter against a Redis nothing listens on', () => {
  it('throws UNAVAILABLE naming the failed-login counter, for every attempt', async () => {
    const { port } = redis; // this file's redis-server, killed above: nothing listens there any more
    const client = createRedis(`redis://127.0.0.1:${port}`);
    client.on('error', () => undefined);
    try {
      const limiter = createLoginLimiter(redisWindowCounters(client), 'test', { maxFailuresPerEmail: 10, maxFailuresPerIp: 100, windowSeconds: 60 }, createLogger('test', 'silent'));
      await expect(limiter.begin('ann@redis-down.test', '198.51.100.1')).rejects.toMatchObject({ code: 'UNAVAILABLE', message: LIMITER_UNAVAILABLE });
    } finally {
      client.disconnect();
    }
  });
});
