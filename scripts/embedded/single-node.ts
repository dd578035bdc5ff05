import { loadAuthConfig, start as startAuth, type AuthHandle } from '@chat/auth';
import { LocalEventBus, loadChatCoreConfig, start as startChatCore, type ChatCoreHandle } from '@chat/chat-core';
import { loadGatewayConfig, start as startGateway, type GatewayHandle } from '@chat/gateway';
import { loadRouterConfig, start as startRouter, type RouterHandle } from '@chat/router';
import { inProcessSend } from './in-process-send.ts';

export interface SingleNodeHandle {
  auth: AuthHandle;
  chat: ChatCoreHandle;
  gateway: GatewayHandle;
  router: RouterHandle;
  /** Closes the four in reverse start order. */
  close(): Promise<void>;
}

/** Single-node mode is a config without a Redis URL: each service then keeps its shared state in memory. */
const withoutRedis = <C extends { redis: { url: string | undefined; prefix: string } }>(config: C): C => ({
  ...config,
  redis: { ...config.redis, url: undefined },
});

/**
 * The four services in this one process, without Redis: auth and chat-core
 * still serve gRPC on loopback and the gateway and router still call them
 * over it, so every request takes the same code path as in a scaled-out
 * deployment, but for sends: the router hands those to chat-core's append
 * queue directly (in-process-send.ts), the hot path without two hops. What Redis does between processes happens in memory: rate-limit
 * counts, and chat-core's events, which go straight to the router's
 * timeline fan-out through a LocalEventBus instead of through Redis.
 * One router, since nothing would carry events to a second.
 *
 * `env` is read as each service reads its own; *_GRPC_URL are derived from
 * the ports the services got.
 */
export async function startSingleNode(env: NodeJS.ProcessEnv): Promise<SingleNodeHandle> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    // Reverse start order: the entry points first, their upstreams last.
    for (const closeOne of closers.splice(0).reverse()) await closeOne();
  };
  try {
    const auth = await startAuth(withoutRedis(loadAuthConfig(env)));
    closers.push(() => auth.close());
    const upstreams: Record<string, string> = { AUTH_GRPC_URL: `127.0.0.1:${auth.grpcPort}` };

    const bus = new LocalEventBus();
    const chat = await startChatCore(withoutRedis(loadChatCoreConfig({ ...env, ...upstreams })), { bus });
    closers.push(() => chat.close());
    upstreams.CHAT_GRPC_URL = `127.0.0.1:${chat.grpcPort}`;

    const gateway = await startGateway(withoutRedis(loadGatewayConfig({ ...env, ...upstreams })));
    closers.push(() => gateway.close());

    const routerConfig = withoutRedis(loadRouterConfig({ ...env, ...upstreams }));
    const router = await startRouter(routerConfig, { send: inProcessSend(chat.messages, routerConfig.grpcDeadlineMs) });
    closers.push(() => router.close());
    bus.attach((batch) => router.receive(batch));

    return { auth, chat, gateway, router, close };
  } catch (error) {
    await close();
    throw error;
  }
}
