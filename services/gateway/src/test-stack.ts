import type { FastifyInstance } from 'fastify';
import { loadAuthConfig, start as startAuth, type AuthHandle } from '@chat/auth';
import { loadChatCoreConfig, start as startChatCore, type ChatCoreHandle } from '@chat/chat-core';
import { isSingleNodeRun, type TestEnv } from '@chat/testing';
import { startSingleNode } from '../../../scripts/embedded/single-node.ts';
import { buildApp } from './app.ts';
import { loadGatewayConfig } from './config.ts';

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
    const ports = { AUTH_GRPC_PORT: '0', CHAT_GRPC_PORT: '0', GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: '0', ROUTER_HOST: '127.0.0.1', CLIENT_SOCKET_PORT: '0' };
    const node = await startSingleNode({ ...env.env, ...ports, ...extra });
    return { app: node.gateway.app, auth: node.auth, chat: node.chat, close: node.close };
  }
  const auth = await startAuth(loadAuthConfig({ ...env.env, AUTH_GRPC_PORT: '0', ...extra }));
  // chat-core checks participants with auth's GetUsers, so it must know where auth is.
  const authAddress = `127.0.0.1:${auth.grpcPort}`;
  const chat = await startChatCore(
    loadChatCoreConfig({ ...env.env, CHAT_GRPC_PORT: '0', AUTH_GRPC_URL: authAddress, ...extra }),
  ).catch(async (error: unknown) => {
    await auth.close();
    throw error;
  });
  const app = buildApp({
    config: loadGatewayConfig({
      ...env.env,
      AUTH_GRPC_URL: authAddress,
      CHAT_GRPC_URL: `127.0.0.1:${chat.grpcPort}`,
      ...extra,
    }),
  });
  try {
    await app.ready();
  } catch (error) {
    await app.close().catch(() => undefined);
    await Promise.all([chat.close(), auth.close()]);
    throw error;
  }
  return {
    app,
    auth,
    chat,
    async close() {
      // The gateway first: it calls the other two.
      await app.close();
      await chat.close();
      await auth.close();
    },
  };
}
