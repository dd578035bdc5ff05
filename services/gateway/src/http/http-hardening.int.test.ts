import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { freePort, ProcessStack } from '@chat/testing/process-stack.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';

/**
 * Through a real socket and Node's own fetch, as a client meets the gateway:
 * the gateway as a process of its own (auth and chat-core in this one). In
 * one process with its client, the server never gets to close the
 * connection while the client is still writing, and the 413 problem hides.
 */

let env: TestEnv;
let stack: TestStack;
let gateway: ProcessStack;
let base: string;
const BODY_LIMIT = 1024 * 1024;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env);
  const port = await freePort();
  gateway = new ProcessStack({
    ...env.env,
    AUTH_GRPC_URL: `127.0.0.1:${stack.auth.grpcPort}`,
    CHAT_GRPC_URL: `127.0.0.1:${stack.chat.grpcPort}`,
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    GATEWAY_BODY_LIMIT: String(BODY_LIMIT),
  });
  gateway.add('gateway', 'gateway', port);
  await gateway.start('gateway');
  base = `http://127.0.0.1:${port}`;
}, 180_000);

afterAll(async () => {
  await gateway?.stopAll();
  await stack?.close();
  await env?.cleanup();
});

const tooLarge = { error: { code: 'PAYLOAD_TOO_LARGE', message: `request body is larger than ${BODY_LIMIT} bytes` } };
const hugeBody = () => JSON.stringify({ email: 'big@example.com', password: 'x'.repeat(5 * 1024 * 1024) });

describe('an oversized body', () => {
  it('is answered with a 413 that fetch can read, when Content-Length says so up front (a few at once, 5 and 20 MB)', async () => {
    for (const mb of [5, 20]) {
      const body = JSON.stringify({ email: 'big@example.com', password: 'x'.repeat(mb * 1024 * 1024) });
      // Before the fix, about half of these failed with EPIPE ("fetch failed") instead of an answer.
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          fetch(`${base}/authentication/local/new`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
            async (res) => ({ status: res.status, body: (await res.json()) as unknown }),
            (error: Error) => ({ status: 0, body: `${error.message}: ${String((error.cause as Error | undefined)?.message)}` }),
          ),
        ),
      );
      expect(answers).toEqual(Array(6).fill({ status: 413, body: tooLarge }));
    }
  });

  it('is answered with a 413 that fetch can read when streamed without a length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"email":"big@example.com","password":"'));
        if (sent >= 5 * 1024 * 1024) {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
          return;
        }
        controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    // duplex is required by Node's fetch for a stream body; the DOM typings do not know it.
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit;
    const res = await fetch(`${base}/authentication/local/new`, init);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
  });

  it('leaves the gateway answering the next request normally', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});

describe('security headers', () => {
  const expectApiHeaders = (res: Response, what: string) => {
    expect(res.headers.get('content-security-policy'), what).toMatch(/default-src 'none'; ?frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('x-frame-options'), what).toBe('DENY');
    expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  };

  it('are on every kind of answer: success, refusals, errors, unknown routes', async () => {
    const answers: [string, Response][] = [
      ['200 health', await fetch(`${base}/health`)],
      ['200 openapi', await fetch(`${base}/openapi.json`)],
      ['400 validation', await fetch(`${base}/authentication/local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })],
      ['401 no token', await fetch(`${base}/chat/rooms`)],
      ['401 admin without key', await fetch(`${base}/admin/users`)],
      ['404 no route', await fetch(`${base}/nowhere`)],
      ['413 too large', await fetch(`${base}/authentication/local/new`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: hugeBody() })],
      ['415 not json', await fetch(`${base}/authentication/local`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' })],
    ];
    for (const [what, res] of answers) {
      expectApiHeaders(res, what);
      expect(res.headers.get('strict-transport-security'), what).toMatch(/^max-age=\d+/);
      expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
    }
  });

  it('are on the answers written before any route is found: an undecodable URL, headers over 16 KiB', async () => {
    expectApiHeaders(await fetch(`${base}/chat/rooms/%zz`), '400 bad URL');
    const huge = await fetch(`${base}/chat/rooms?skip=${'1'.repeat(20_000)}`);
    expect(huge.status).toBe(431);
    expectApiHeaders(huge, '431');
  });
});
