import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { buildApp } from '../app.ts';
import { loadGatewayConfig } from '../config.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { ADMIN_ENV } from '@chat/testing/gateway/admin-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let unbuilt: FastifyInstance;
let dist: string;
const INDEX = '<!doctype html><title>Chat admin</title><script type="module" src="/admin/assets/index-abc123.js"></script>';

beforeAll(async () => {
  env = await createTestEnv();
  // A stand-in for the panel's build output: what the gateway serves does not depend on the panel's code.
  dist = mkdtempSync(join(tmpdir(), 'admin-panel-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("panel")');
  stack = await startTestStack(env, { ...ADMIN_ENV, ADMIN_PANEL_DIR: dist });
  unbuilt = buildApp({
    config: loadGatewayConfig({
      ...env.env,
      ...ADMIN_ENV,
      AUTH_GRPC_URL: `127.0.0.1:${stack.auth.grpcPort}`,
      CHAT_GRPC_URL: `127.0.0.1:${stack.chat.grpcPort}`,
      ADMIN_PANEL_DIR: join(dist, 'missing'),
    }),
  });
  await unbuilt.ready();
});

afterAll(async () => {
  await unbuilt?.close();
  await stack?.close();
  await env?.cleanup();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const get = (app: FastifyInstance, url: string) => app.inject({ method: 'GET', url });

describe('the built panel', () => {
  it.each(['/admin/', '/admin'])('serves index.html at %s without a master key, never cached', async (url) => {
    const res = await get(stack.app, url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toBe("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.body).toBe(INDEX);
  });

  it('gives its assets and its 404s the same policy', async () => {
    for (const url of ['/admin/assets/index-abc123.js', '/admin/assets/nope.js']) {
      expect((await get(stack.app, url)).headers['content-security-policy']).toBe("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    }
  });

  it('serves hashed assets under /admin/assets/, cached for good', async () => {
    const res = await get(stack.app, '/admin/assets/index-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe('console.log("panel")');
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await get(stack.app, '/admin/assets/nope.js')).statusCode).toBe(404);
  });

  it.each(['/admin/users', '/admin/rooms', '/admin/audit', '/admin/rooms/00000000-0000-4000-8000-000000000000'])(
    'leaves the API route %s to the API: the master key is still required',
    async (url) => {
      const res = await get(stack.app, url);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'missing masterkey header' } });
      // An API answer, with the API's policy: it loads nothing and is framed by no one.
      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    },
  );
});

describe('a panel that was not built', () => {
  it.each(['/admin/', '/admin', '/admin/assets/index-abc123.js'])('answers %s with a 503 saying how to build it', async (url) => {
    const res = await get(unbuilt, url);
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('The admin panel is not built');
    expect(res.body).toContain('pnpm --filter @chat/admin-panel build');
  });

  it('still serves the API', async () => {
    const res = await get(unbuilt, '/admin/users');
    expect(res.statusCode).toBe(401);
    const ok = await unbuilt.inject({ method: 'GET', url: '/admin/users', headers: { masterkey: 'wrong' } });
    expect(ok.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'wrong master key' } });
  });
});
