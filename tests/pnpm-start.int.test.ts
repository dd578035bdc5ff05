import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { freePort, pnpmStart, runTutorial, type StartedStack } from './support/tutorial.ts';

/**
 * The tutorial against `pnpm start` scaled out: DATABASE_URL and REDIS_URL
 * set, the four services as child processes, two routers.
 */
let env: TestEnv;
let stack: StartedStack;
let ports: { gateway: number; router: number; auth: number; chat: number };

beforeAll(async () => {
  env = await createTestEnv();
  // Routers take consecutive ports from CLIENT_SOCKET_PORT; the port after the first must be free too.
  ports = { gateway: await freePort(), router: 20000 + Math.floor(Math.random() * 20000), auth: await freePort(), chat: await freePort() };
  stack = await pnpmStart(
    {
      ...process.env,
      ...env.env,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      ROUTERS: '2',
      GATEWAY_PORT: String(ports.gateway),
      CLIENT_SOCKET_PORT: String(ports.router),
      AUTH_GRPC_URL: `127.0.0.1:${ports.auth}`,
      CHAT_GRPC_URL: `127.0.0.1:${ports.chat}`,
    },
    ports.gateway,
    2,
  );
}, 180_000);

afterAll(async () => {
  if (stack && stack.child.exitCode === null) process.kill(-stack.child.pid!, 'SIGKILL');
  await env?.cleanup();
});

describe('pnpm start and the tutorial', () => {
  const sockets: Socket[] = [];
  afterAll(() => sockets.forEach((s) => s.disconnect()));

  it('answers the tutorial\'s curl commands with exactly its bodies and delivers its Socket.IO message across routers', async () => {
    await runTutorial({ gateway: ports.gateway, senderRouter: ports.router, receiverRouter: ports.router + 1 }, sockets);
  });

  it('prints readable logs prefixed by service and stops every service on Ctrl-C', async () => {
    for (const label of ['auth', 'chat-core', 'gateway', 'router-1', 'router-2']) expect(stack.output()).toContain(label);
    // No raw pino JSON reaches the terminal.
    expect(stack.output()).not.toMatch(/^\S+\s*\|\s*\{"level"/m);
    expect(await stack.interrupt()).toBe(0);
    const gatewayUp = await fetch(`http://127.0.0.1:${ports.gateway}/health`).then(() => true, () => false);
    expect(gatewayUp).toBe(false);
  }, 30_000);
});
