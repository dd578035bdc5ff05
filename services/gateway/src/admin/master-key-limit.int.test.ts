import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { ADMIN_ENV } from '@chat/testing/gateway/admin-test-client.ts';

let env: TestEnv;
let stack: TestStack;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { ...ADMIN_ENV, GATEWAY_MASTER_KEY_MAX_FAILURES: '3', GATEWAY_MASTER_KEY_FAILURE_WINDOW: '60' });
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const login = (remoteAddress: string, masterkey?: string) =>
  stack.app.inject({
    method: 'POST',
    url: '/admin/login',
    remoteAddress,
    headers: masterkey === undefined ? {} : { masterkey },
    payload: { email: ADMIN_ENV.ADMIN_EMAIL, password: ADMIN_ENV.ADMIN_PASSWORD },
  });

describe('wrong master keys per client IP (GATEWAY_MASTER_KEY_MAX_FAILURES)', () => {
  it('answers 429 with Retry-After after 3 wrong keys from one address, then refuses even the right key from it', async () => {
    for (let i = 0; i < 3; i++) expect((await login('192.0.2.1', `guess-${i}`)).statusCode).toBe(401);
    const limited = await login('192.0.2.1', 'guess-3');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: { code: 'RESOURCE_EXHAUSTED', message: expect.stringMatching(/^too many wrong master keys from this address, try again in \d+ s$/) } });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Not compared while limited, or the answer would tell a guesser they found it.
    const right = await login('192.0.2.1', ADMIN_ENV.MASTER_KEY);
    expect(right.statusCode).toBe(429);
    // Another address is not affected.
    expect((await login('192.0.2.2', ADMIN_ENV.MASTER_KEY)).statusCode).toBe(200);
  });

  it('does not count the right key or a missing one: an admin at work is never limited', async () => {
    for (let i = 0; i < 6; i++) expect((await login('192.0.2.3', ADMIN_ENV.MASTER_KEY)).statusCode).toBe(200);
    for (let i = 0; i < 6; i++) expect((await login('192.0.2.3')).statusCode).toBe(401);
    for (let i = 0; i < 3; i++) expect((await login('192.0.2.3', 'guess')).statusCode).toBe(401);
    expect((await login('192.0.2.3', 'guess')).statusCode).toBe(429);
  });

  it('counts a burst of parallel guesses before comparing any: no more than the limit get an answer about the key', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => login('192.0.2.4', `burst-${i}`)));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});
