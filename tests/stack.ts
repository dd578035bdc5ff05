import { loadAuthConfig, start as startAuth, type AuthHandle } from '@chat/auth';
import { loadChatCoreConfig, start as startChatCore, type ChatCoreHandle } from '@chat/chat-core';
import { loadGatewayConfig, start as startGateway, type GatewayHandle } from '@chat/gateway';
import { createAuthClient, createChatClient, type AuthClient, type ChatClient } from '@chat/grpc';
import { loadRouterConfig, start as startRouter, type RouterHandle } from '@chat/router';
import { isSingleNodeRun, type TestEnv } from '@chat/testing';
import { startSingleNode } from '../scripts/embedded/single-node.ts';

export interface StackOptions {
  /** How many routers, each on its own port, sharing the test file's Redis prefix. */
  routers?: number;
  /** Extra variables for every service; each reads only its own. */
  env?: Record<string, string>;
}

export interface LoggedInUser {
  userId: string;
  accessToken: string;
  refreshToken: string;
}

export interface Stack {
  gatewayUrl: string;
  /** `http://127.0.0.1:<port>`, one per router; index i stays valid after stopRouter(i) (the URL then refuses). */
  routerUrls: string[];
  authClient: AuthClient;
  chatClient: ChatClient;
  /** Registers the user and logs in, through the gateway's HTTP routes (as a client app would). */
  registerAndLogin(email: string, password?: string): Promise<LoggedInUser>;
  /** One more router, on the same Redis prefix; returns its URL. */
  addRouter(env?: Record<string, string>): Promise<string>;
  /** One more chat-core on the same database and Redis prefix (server mode); returns its gRPC address, for a router's CHAT_GRPC_URL. */
  addChatCore(env?: Record<string, string>): Promise<string>;
  /** Closes router i in-process, as a crash-free shutdown would; its clients see their transport close. */
  stopRouter(i: number): Promise<void>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * The whole stack in-process on free ports, against the test file's own
 * database and Redis prefix (from createTestEnv()): auth, chat-core, the
 * gateway and N routers, wired to each other's real ports. Close it in
 * afterAll; it closes in reverse start order.
 */
export async function startStack(testEnv: TestEnv, { routers = 1, env = {} }: StackOptions = {}): Promise<Stack> {
  if (isSingleNodeRun()) return startSingleNodeStack(testEnv, { routers, env });
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    // Reverse start order: entry points first, their upstreams last.
    for (const close of closers.splice(0).reverse()) await close();
  };
  const base = { ...testEnv.env, ...env };
  try {
    const auth: AuthHandle = await startAuth(loadAuthConfig({ ...base, AUTH_GRPC_PORT: '0' }));
    closers.push(() => auth.close());
    const authAddress = `127.0.0.1:${auth.grpcPort}`;
    const chat: ChatCoreHandle = await startChatCore(
      loadChatCoreConfig({ ...base, CHAT_GRPC_PORT: '0', AUTH_GRPC_URL: authAddress }),
    );
    closers.push(() => chat.close());
    const upstreams = { AUTH_GRPC_URL: authAddress, CHAT_GRPC_URL: `127.0.0.1:${chat.grpcPort}` };

    const authClient = createAuthClient(upstreams.AUTH_GRPC_URL, 10_000);
    const chatClient = createChatClient(upstreams.CHAT_GRPC_URL, 10_000);
    closers.push(async () => {
      authClient.close();
      chatClient.close();
    });

    const gateway: GatewayHandle = await startGateway(
      loadGatewayConfig({ ...base, ...upstreams, GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: '0' }),
    );
    closers.push(() => gateway.close());
    const gatewayUrl = `http://127.0.0.1:${gateway.port}`;

    const addChatCore = async (extra: Record<string, string> = {}) => {
      const more = await startChatCore(loadChatCoreConfig({ ...base, CHAT_GRPC_PORT: '0', AUTH_GRPC_URL: authAddress, ...extra }));
      closers.push(() => more.close());
      return `127.0.0.1:${more.grpcPort}`;
    };

    const routerHandles: (RouterHandle | undefined)[] = [];
    const routerUrls: string[] = [];
    const addRouter = async (extra: Record<string, string> = {}) => {
      const router = await startRouter(
        loadRouterConfig({ ...base, ...upstreams, ROUTER_HOST: '127.0.0.1', CLIENT_SOCKET_PORT: '0', ...extra }),
      );
      const i = routerHandles.push(router) - 1;
      closers.push(() => stopRouter(i));
      const url = `http://127.0.0.1:${router.port}`;
      routerUrls.push(url);
      return url;
    };
    const stopRouter = async (i: number) => {
      const router = routerHandles[i];
      routerHandles[i] = undefined;
      await router?.close();
    };
    for (let i = 0; i < routers; i++) await addRouter();

    return {
      gatewayUrl,
      routerUrls,
      authClient,
      chatClient,
      registerAndLogin: (email, password = TEST_PASSWORD) => registerAndLogin(gatewayUrl, email, password),
      addRouter,
      addChatCore,
      stopRouter,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * The `single-node` test project: the four services in this process without
 * Redis, as `pnpm start` runs them without REDIS_URL. Its one router stands
 * for each of the `routers` asked for (every URL is the same), so a test
 * written for several routers checks the same guarantees on one.
 */
async function startSingleNodeStack(testEnv: TestEnv, { routers = 1, env = {} }: StackOptions): Promise<Stack> {
  const node = await startSingleNode({
    ...testEnv.env,
    ...env,
    AUTH_GRPC_PORT: '0',
    CHAT_GRPC_PORT: '0',
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    ROUTER_HOST: '127.0.0.1',
    CLIENT_SOCKET_PORT: '0',
  });
  const authClient = createAuthClient(`127.0.0.1:${node.auth.grpcPort}`, 10_000);
  const chatClient = createChatClient(`127.0.0.1:${node.chat.grpcPort}`, 10_000);
  const gatewayUrl = `http://127.0.0.1:${node.gateway.port}`;
  const routerUrl = `http://127.0.0.1:${node.router.port}`;
  const oneRouter = async (): Promise<never> => {
    throw new Error('single-node mode runs one router and one chat-core: this test belongs to the server project only');
  };
  return {
    gatewayUrl,
    routerUrls: Array.from({ length: routers }, () => routerUrl),
    authClient,
    chatClient,
    registerAndLogin: (email, password = TEST_PASSWORD) => registerAndLogin(gatewayUrl, email, password),
    addRouter: oneRouter,
    addChatCore: oneRouter,
    stopRouter: oneRouter,
    async close() {
      authClient.close();
      chatClient.close();
      await node.close();
    },
  };
}

async function registerAndLogin(gatewayUrl: string, email: string, password: string): Promise<LoggedInUser> {
  await postJson(gatewayUrl, '/authentication/local/new', { email, password });
  return (await postJson(gatewayUrl, '/authentication/local', { email, password })) as LoggedInUser;
}

async function postJson(base: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as unknown;
}
