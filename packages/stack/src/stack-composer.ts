import type { FastifyInstance } from 'fastify';
import { loadAuthConfig, start as startAuth, type AuthHandle } from '@chat/auth';
import { LocalEventBus, loadChatCoreConfig, start as startChatCore, type ChatCoreHandle, type MessagesService } from '@chat/chat-core';
import { buildApp, loadGatewayConfig, start as startGateway } from '@chat/gateway';
import { loadRouterConfig, start as startRouter, type RouterHandle, type SendInput, type SendResult } from '@chat/router';

export type Env = Record<string, string | undefined>;

/** How single-node mode's router hands a send to chat-core's append path in the same process (scripts/embedded/in-process-send.ts). */
export type InProcessSend = (messages: MessagesService, deadlineMs: number) => (input: SendInput) => Promise<SendResult>;

export interface ComposerOptions {
  /**
   * Single-node mode (docs/ARCHITECTURE.md, "Single-node mode"): no Redis,
   * chat-core's events reach the router through a LocalEventBus, and sends
   * through `send`. One chat-core and one router: nothing would carry events
   * to a second.
   */
  singleNode?: { send: InProcessSend };
}

/** Single-node mode is a config without a Redis URL: each service then keeps its shared state in memory. */
const withoutRedis = <C extends { redis: { url: string | undefined; prefix: string } }>(config: C): C => ({
  ...config,
  redis: { ...config.redis, url: undefined },
});

/**
 * The one way services are started in-process, by embedded mode and by the
 * tests: each reads `env` (its own variables only) plus the addresses of
 * the services started before it (AUTH_GRPC_URL, CHAT_GRPC_URL: the first
 * auth and chat-core) plus what its call adds. Start upstreams first; close()
 * stops everything in reverse start order, entry points before the
 * services they call, and a handle closed early is not closed twice.
 */
export class StackComposer {
  private readonly closers: (() => Promise<void>)[] = [];
  private readonly upstreams: Record<string, string> = {};
  private readonly bus: LocalEventBus | undefined;
  private readonly chats: ChatCoreHandle[] = [];
  private routers = 0;

  constructor(
    private readonly env: Env,
    private readonly options: ComposerOptions = {},
  ) {
    this.bus = options.singleNode ? new LocalEventBus() : undefined;
  }

  /** Runs `close` when the stack closes, before whatever was started earlier; the returned function runs it now (once). */
  onClose(close: () => Promise<void> | void): () => Promise<void> {
    let closing: Promise<void> | undefined;
    const once = () => (closing ??= Promise.resolve().then(close));
    this.closers.push(once);
    return once;
  }

  async auth(extra: Env = {}): Promise<AuthHandle> {
    const auth = await startAuth(this.config(loadAuthConfig, extra));
    auth.close = this.onClose(auth.close);
    this.upstreams.AUTH_GRPC_URL ??= `127.0.0.1:${auth.grpcPort}`;
    return auth;
  }

  async chatCore(extra: Env = {}): Promise<ChatCoreHandle> {
    if (this.bus && this.chats.length > 0) throw new Error('single-node mode runs one chat-core');
    const chat = await startChatCore(this.config(loadChatCoreConfig, extra), this.bus ? { bus: this.bus } : {});
    chat.close = this.onClose(chat.close);
    this.chats.push(chat);
    this.upstreams.CHAT_GRPC_URL ??= `127.0.0.1:${chat.grpcPort}`;
    return chat;
  }

  /** The gateway, listening where GATEWAY_HOST and GATEWAY_PORT say. */
  async gateway(extra: Env = {}): ReturnType<typeof startGateway> {
    const gateway = await startGateway(this.config(loadGatewayConfig, extra));
    gateway.close = this.onClose(gateway.close);
    return gateway;
  }

  /** The gateway's app, ready but not listening (for `app.inject()`), and without the start's Redis check. */
  async gatewayApp(extra: Env = {}): Promise<FastifyInstance> {
    const app = buildApp({ config: this.config(loadGatewayConfig, extra) });
    const close = this.onClose(() => app.close());
    try {
      await app.ready();
    } catch (error) {
      // A plugin that failed to load may fail to close too: the start's error is the one to report.
      await close().catch(() => undefined);
      throw error;
    }
    return app;
  }

  async router(extra: Env = {}): Promise<RouterHandle> {
    const single = this.options.singleNode;
    if (single && this.routers > 0) throw new Error('single-node mode runs one router: nothing would carry events to a second');
    const config = this.config(loadRouterConfig, extra);
    const chat = this.chats[0];
    const router = await startRouter(config, single && chat ? { send: single.send(chat.messages, config.grpcDeadlineMs) } : {});
    this.routers += 1;
    router.close = this.onClose(router.close);
    this.bus?.attach((batch) => router.receive(batch));
    return router;
  }

  /** Everything started, in reverse start order. */
  async close(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) await close();
  }

  private config<C extends { redis: { url: string | undefined; prefix: string } }>(load: (env: Env) => C, extra: Env): C {
    const config = load({ ...this.env, ...this.upstreams, ...extra });
    return this.options.singleNode ? withoutRedis(config) : config;
  }
}
