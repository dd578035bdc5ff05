import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, TEST_PASSWORD, type Stack } from '@chat/testing/stack.ts';

let env: TestEnv;
let stack: Stack;

beforeAll(async () => {
  env = await createTestEnv();
  // Set explicitly: outside production the per-IP login limit is off by default. The trusted proxy lets the test be two clients.
  stack = await startStack(env, { env: { GATEWAY_LOGIN_RATE_LIMIT: '3', GATEWAY_TRUST_PROXY: 'loopback' } });
  await stack.registerAndLogin('ann@login-limit.test');
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const login = (password: string, ip: string) =>
  fetch(`${stack.gatewayUrl}/authentication/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email: 'ann@login-limit.test', password }),
  });

describe('logins per client IP (GATEWAY_LOGIN_RATE_LIMIT)', () => {
  it('counts every login, failed or not, and then refuses even the right password with 429 and Retry-After', async () => {
    const statuses = [];
    for (const password of ['wrong one', TEST_PASSWORD, 'wrong two']) statuses.push((await login(password, '203.0.113.7')).status);
    expect(statuses).toEqual([401, 200, 401]);
    const refused = await login(TEST_PASSWORD, '203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: { code: 'RESOURCE_EXHAUSTED', message: expect.stringMatching(/^too many requests, try again in /) } });
    // Another address is counted apart.
    expect((await login(TEST_PASSWORD, '203.0.113.8')).status).toBe(200);
  });
});
