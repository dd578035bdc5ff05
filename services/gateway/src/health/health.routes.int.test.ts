import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { FREE_PORTS, StackComposer } from '@chat/testing/composer.ts';
import type { GatewayHandle } from '../start.ts';

let env: TestEnv;
let stack: StackComposer;
let auth: { close(): Promise<void> } | undefined;
let chat: { close(): Promise<void> } | undefined;
let gateway: GatewayHandle;

beforeAll(async () => {
  env = await createTestEnv();
  stack = new StackComposer({ ...env.env, ...FREE_PORTS });
  auth = await stack.auth();
  chat = await stack.chatCore();
  gateway = await stack.gateway();
});

afterAll(async () => {
  // What the tests closed already is not closed again.
  await stack?.close();
  await env?.cleanup();
});

const get = (path: string) => fetch(`http://127.0.0.1:${gateway.port}${path}`);

describe('GET /health over a real socket', () => {
  it('answers 200 with every check ok while auth, chat-core and Redis answer', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { auth: 'ok', chat: 'ok', redis: 'ok' } });
  });

  it('answers 503 naming chat when chat-core is down', async () => {
    await chat!.close();
    chat = undefined;
    const res = await get('/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', checks: { auth: 'ok', chat: 'unavailable', redis: 'ok' } });
  });

  it('answers a route whose upstream is down with 503 UNAVAILABLE', async () => {
    await auth!.close();
    auth = undefined;
    const res = await fetch(`http://127.0.0.1:${gateway.port}/authentication/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'late@example.com', password: 'correct horse' }),
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'UNAVAILABLE', message: 'auth is unavailable, try again' } });
    expect((await (await get('/health')).json()).checks.auth).toBe('unavailable');
  });
});
