import type { FastifyInstance } from 'fastify';
import type { AuthHandle } from '@chat/auth';
import type { ChatCoreHandle } from '@chat/chat-core';
import { FREE_PORTS, StackComposer, startSingleNode } from '../composer.ts';
import { isSingleNodeRun } from '../databases.ts';
import type { TestEnv } from '../test-env.ts';

export interface TestStack {
  app: FastifyInstance;
  auth: AuthHandle;
  chat: ChatCoreHandle;
  close(): Promise<void>;
}

/**
 * Auth and chat-core on free ports and a gateway app wired to them (not
 * listening: tests use `app.inject()`). `extra` goes to every service's
 * config; each reads only its own variables.
 */
export async function startTestStack(env: TestEnv, extra: Record<string, string> = {}): Promise<TestStack> {
  if (isSingleNodeRun()) {
    // The `single-node` test project: the services in this process without Redis, as `pnpm start` runs them without REDIS_URL.
    const node = await startSingleNode({ ...env.env, ...FREE_PORTS, ...extra });
    return { app: node.gateway.app, auth: node.auth, chat: node.chat, close: node.close };
  }
  const stack = new StackComposer({ ...env.env, ...FREE_PORTS, ...extra });
  try {
    const auth = await stack.auth();
    // chat-core checks participants with auth's GetUsers: it is told where auth is.
    const chat = await stack.chatCore();
    const app = await stack.gatewayApp();
    // The gateway first: it calls the other two.
    return { app, auth, chat, close: () => stack.close() };
  } catch (error) {
    await stack.close();
    throw error;
  }
}
