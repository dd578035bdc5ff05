import { createAuthClient, createChatClient, type AuthClient, type ChatClient } from '@chat/grpc';
import { startStack as composeStack, type ComposedStack } from '@chat/stack';
import { FREE_PORTS, startSingleNode } from './composer.ts';
import { isSingleNodeRun } from './databases.ts';
import { postJson } from './post-json.ts';
import type { TestEnv } from './test-env.ts';

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
 *
 * In the `single-node` test project it is the four services without Redis,
 * as `pnpm start` runs them without REDIS_URL. Its one router stands for
 * each of the `routers` asked for (every URL is the same), so a test
 * written for several routers checks the same guarantees on one.
 */
export async function startStack(testEnv: TestEnv, { routers = 1, env = {} }: StackOptions = {}): Promise<Stack> {
  const base = { ...testEnv.env, ...env, ...FREE_PORTS };
  const singleNode = isSingleNodeRun();
  const stack: ComposedStack = singleNode ? await startSingleNode(base) : await composeStack(base, { routers });
  const { composer } = stack;
  const authClient = createAuthClient(`127.0.0.1:${stack.auth.grpcPort}`, 10_000);
  const chatClient = createChatClient(`127.0.0.1:${stack.chat.grpcPort}`, 10_000);
  composer.onClose(() => {
    authClient.close();
    chatClient.close();
  });
  const gatewayUrl = `http://127.0.0.1:${stack.gateway.port}`;
  const routerHandles = [...stack.routers];
  const routerUrls = singleNode
    ? Array.from({ length: routers }, () => `http://127.0.0.1:${stack.routers[0]!.port}`)
    : stack.routers.map((r) => `http://127.0.0.1:${r.port}`);
  const oneNode = async (): Promise<never> => {
    throw new Error('single-node mode runs one router and one chat-core: this test belongs to the server project only');
  };
  return {
    gatewayUrl,
    routerUrls,
    authClient,
    chatClient,
    registerAndLogin: (email, password = TEST_PASSWORD) => registerAndLogin(gatewayUrl, email, password),
    addRouter: singleNode ? oneNode : async (extra = {}) => {
      const router = await composer.router(extra);
      routerHandles.push(router);
      const url = `http://127.0.0.1:${router.port}`;
      routerUrls.push(url);
      return url;
    },
    addChatCore: singleNode ? oneNode : async (extra = {}) => `127.0.0.1:${(await composer.chatCore(extra)).grpcPort}`,
    stopRouter: singleNode ? oneNode : async (i) => routerHandles[i]?.close(),
    close: () => stack.close(),
  };
}

async function registerAndLogin(gatewayUrl: string, email: string, password: string): Promise<LoggedInUser> {
  await postJson(`${gatewayUrl}/authentication/local/new`, { email, password });
  return postJson<LoggedInUser>(`${gatewayUrl}/authentication/local`, { email, password });
}
