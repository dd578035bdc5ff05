import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import {
  closeRedis,
  collectProcessMetrics,
  createLogger,
  memoryWindowCounters,
  openRedis,
  redisWindowCounters,
  timelineChannel,
  type HealthCheck,
  type Logger,
  type Redis,
  type TimelineEnvelope,
  withTracing,
} from '@chat/common';
import { createAuthClient, createChatClient, type AuthClient, type ChatClient } from '@chat/grpc';
import { createTokenVerifier, type TokenVerifier } from '@chat/tokens';
import type { ChatCoreClient } from './chat-core/chat-core-client.ts';
import { grpcChatCoreClient } from './chat-core/grpc-chat-core-client.ts';
import { shedWhenLagging, type SheddingChatCore } from './chat-core/load-shedding.ts';
import type { RouterConfig } from './config.ts';
import { serveChatNamespace } from './connections/connections.socket.ts';
import { SocketCaps } from './connections/socket-caps.ts';
import { disconnectRevokedSessions } from './connections/revoked-sessions.ts';
import { createMessageRateLimit } from './messages/message-rate-limit.ts';
import { createEventRateLimit } from './realtime/event-rate-limit.ts';
import type { ChatNamespace, ChatServer } from './realtime/chat-socket.ts';
import { httpRoutes } from './realtime/http-routes.ts';
import { timelineEventsIn, watchSockets } from './realtime/router-metrics.ts';
import { createSocketServer, SOCKET_PATH } from './realtime/socket-server.ts';
import { RealtimeFanout } from './realtime/realtime-fanout.ts';
import { startPresence } from './presence/presence.ts';
import { authBlocks } from './realtime/auth-blocks.ts';
import { SignalFanout } from './realtime/signal-fanout.ts';
import { TimelineFanout } from './realtime/timeline-fanout.ts';

export interface RouterHandle {
  port: number;
  io: ChatServer;
  /** `/chat` and `/chat/`. */
  namespaces: ChatNamespace[];
  /** Takes chat-core's published timeline: from Redis, or straight from chat-core's in-process bus in single-node mode. */
  receive(batch: TimelineEnvelope[]): void;
  close(): Promise<void>;
}

export interface RouterOptions {
  /**
   * Single-node mode: sends go to chat-core's append path in this process
   * instead of over loopback gRPC; every other call still takes gRPC.
   */
  send?: ChatCoreClient['send'];
}

/** The router's upstream: auth (keys, revocations, blocks) and chat-core, behind the load shedding. */
interface Upstream {
  authClient: AuthClient;
  chatClient: ChatClient;
  shedding: SheddingChatCore;
  chat: ChatCoreClient;
  verifier: TokenVerifier;
  close(): void;
}

/** Two Redis connections: a subscribed one can do nothing else. */
interface RedisPair {
  pub: Redis;
  sub: Redis;
}

export async function start(config: RouterConfig, options: RouterOptions = {}): Promise<RouterHandle> {
  return withTracing('router', config.tracing.endpoint, () => startRouter(config, options));
}

async function startRouter(config: RouterConfig, options: RouterOptions): Promise<RouterHandle> {
  const log = createLogger('router', config.logLevel);
  collectProcessMetrics();
  const upstream = await connectUpstream(config, options);
  let redis: RedisPair | undefined;
  try {
    redis = config.redis.url ? await openRedisPair(config.redis.url, log) : undefined;
  } catch (error) {
    upstream.close();
    throw error;
  }
  const sockets = serveSockets(config, upstream, redis, log);
  const onTimeline = (_channel: string, message: string) => {
    let batch: TimelineEnvelope[];
    try {
      batch = JSON.parse(message) as TimelineEnvelope[];
    } catch (error) {
      return log.error({ err: error }, 'unreadable timeline batch from Redis');
    }
    sockets.receive(batch);
  };
  redis?.sub.on('message', onTimeline);
  const close = async () => {
    // 1. Stop accepting, drop every socket (clients reconnect, to another router
    //    if this one is gone) and stop emitting the timeline.
    redis?.sub.off('message', onTimeline);
    await sockets.close();
    // 2. No socket is left to call upstream.
    upstream.close();
    // 3. Redis last: the rate limit needed it until the sockets were gone.
    if (redis) await Promise.all([closeRedis(redis.pub), closeRedis(redis.sub)]);
  };
  try {
    // Subscribed before listening: no client can be in a room whose events this router would miss.
    await redis?.sub.subscribe(timelineChannel(config.redis.prefix));
    sockets.http.listen(config.http.port, config.http.host);
    await once(sockets.http, 'listening');
  } catch (error) {
    await close();
    throw error;
  }
  const port = (sockets.http.address() as AddressInfo).port;
  log.info({ port, path: SOCKET_PATH }, 'router listening');
  return { port, io: sockets.io, namespaces: sockets.namespaces, receive: sockets.receive, close };
}

async function connectUpstream(config: RouterConfig, options: RouterOptions): Promise<Upstream> {
  const authClient = createAuthClient(config.authGrpcUrl, config.grpcDeadlineMs);
  const chatClient = createChatClient(config.chatGrpcUrl, config.grpcDeadlineMs);
  const overGrpc = grpcChatCoreClient(chatClient);
  const shedding = shedWhenLagging(options.send ? { ...overGrpc, send: options.send } : overGrpc, config.maxEventLoopLagMs);
  const chat = shedding.chat;
  // Waits for auth's public keys (auth may still be starting): no token can be checked without them.
  const verifier = await createTokenVerifier(authClient).catch((error: unknown) => {
    authClient.close();
    chat.close();
    const reason = error instanceof Error ? error.message : String(error);
    // Worded like the other "cannot reach" start errors, which runMain prints as one line.
    throw new Error(`cannot reach auth at ${config.authGrpcUrl} for its signing keys (${reason}): start it, or set AUTH_GRPC_URL`);
  });
  const close = () => {
    shedding.stop();
    verifier.close();
    chat.close();
    authClient.close();
  };
  return { authClient, chatClient, shedding, chat, verifier, close };
}

/**
 * Both reconnect by themselves and the subscriber re-subscribes (ioredis),
 * so a Redis restart pauses delivery instead of ending it (what was
 * published meanwhile is fetched as a gap when the room's next event
 * arrives). None in single-node mode.
 */
async function openRedisPair(url: string, log: Logger): Promise<RedisPair> {
  const pub = await openRedis(url, log, 'publisher');
  try {
    return { pub, sub: await openRedis(url, log, 'subscriber') };
  } catch (error) {
    pub.disconnect();
    throw error;
  }
}

/** The Socket.IO server with its namespaces, the timeline and signal fan-out, rate limits, caps and presence. */
function serveSockets(config: RouterConfig, { authClient, chatClient, chat, verifier }: Upstream, redis: RedisPair | undefined, log: Logger) {
  let draining = false;
  const checks: Record<string, HealthCheck> = {
    chat: async () => {
      if ((await chatClient.Health({}, { deadlineMs: 1000 })).status !== 'SERVING') throw new Error('chat-core is not serving');
    },
  };
  if (redis) checks.redis = () => redis.pub.ping();
  const { http, io, namespaces } = createSocketServer(config, httpRoutes({ metrics: config.metrics, checks, draining: () => draining }));
  const fanout = new RealtimeFanout(new TimelineFanout(namespaces, chat, log), new SignalFanout(namespaces, chat, log, authBlocks(authClient)));
  const receive = (batch: TimelineEnvelope[]) => {
    timelineEventsIn.inc(batch.length);
    fanout.receive(batch);
  };
  // On the publishing connection: the subscriber one can run no other command.
  const windows = redis ? redisWindowCounters(redis.pub) : memoryWindowCounters();
  const rateLimit = createMessageRateLimit(windows, config.redis.prefix, config.messageRateLimit, log);
  const eventLimit = createEventRateLimit(windows, config.redis.prefix, config.eventRateLimit, log);
  // One count for both namespace spellings.
  const caps = new SocketCaps(config.socketCaps);
  for (const nsp of namespaces) {
    serveChatNamespace(nsp, { verifier, chat, log, rateLimit, eventLimit, caps, tokenExpiryGraceMs: config.tokenExpiryGraceMs, syncMaxEvents: config.syncMaxEvents });
  }
  disconnectRevokedSessions(namespaces, verifier, log);
  const presence = startPresence({ redis: redis?.pub, redisPrefix: config.redis.prefix, namespaces, chat, receive, options: config.presence, log });
  const unwatchSockets = watchSockets(namespaces);
  const close = async () => {
    draining = true;
    unwatchSockets();
    fanout.close();
    presence.close();
    await new Promise<void>((resolve) => io.close(() => resolve()));
  };
  return { http, io, namespaces, receive, close };
}
