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
  type Redis,
  type TimelineEnvelope,
} from '@chat/common';
import { createAuthClient, createChatClient } from '@chat/grpc';
import { createTokenVerifier } from '@chat/tokens';
import type { ChatCoreClient } from './chat-core/chat-core-client.ts';
import { grpcChatCoreClient } from './chat-core/grpc-chat-core-client.ts';
import { shedWhenLagging } from './chat-core/load-shedding.ts';
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

export async function start(config: RouterConfig, options: RouterOptions = {}): Promise<RouterHandle> {
  const log = createLogger('router', config.logLevel);
  collectProcessMetrics();
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
  // Two connections: a subscribed one can do nothing else. Both reconnect by
  // themselves and the subscriber re-subscribes (ioredis), so a Redis restart
  // pauses delivery instead of ending it (what was published meanwhile is
  // fetched as a gap when the room's next event arrives). None in single-node mode.
  let redis: { pub: Redis; sub: Redis } | undefined;
  let pub: Redis | undefined;
  try {
    if (config.redis.url) {
      pub = await openRedis(config.redis.url, log, 'publisher');
      redis = { pub, sub: await openRedis(config.redis.url, log, 'subscriber') };
    }
  } catch (error) {
    pub?.disconnect();
    verifier.close();
    chat.close();
    authClient.close();
    throw error;
  }
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
  const onTimeline = (_channel: string, message: string) => {
    let batch: TimelineEnvelope[];
    try {
      batch = JSON.parse(message) as TimelineEnvelope[];
    } catch (error) {
      return log.error({ err: error }, 'unreadable timeline batch from Redis');
    }
    receive(batch);
  };
  redis?.sub.on('message', onTimeline);
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
  const presence = startPresence({
    redis: redis?.pub,
    redisPrefix: config.redis.prefix,
    namespaces,
    chat,
    receive,
    options: config.presence,
    log,
  });
  const unwatchSockets = watchSockets(namespaces);

  const close = async () => {
    draining = true;
    unwatchSockets();
    // 1. Stop accepting, drop every socket (clients reconnect, to another router
    //    if this one is gone) and stop emitting the timeline.
    redis?.sub.off('message', onTimeline);
    fanout.close();
    presence.close();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    // 2. No socket is left to call upstream.
    shedding.stop();
    verifier.close();
    chat.close();
    authClient.close();
    // 3. Redis last: the rate limit needed it until the sockets were gone.
    if (redis) await Promise.all([closeRedis(redis.pub), closeRedis(redis.sub)]);
  };

  try {
    // Subscribed before listening: no client can be in a room whose events this router would miss.
    await redis?.sub.subscribe(timelineChannel(config.redis.prefix));
    http.listen(config.http.port, config.http.host);
    await once(http, 'listening');
  } catch (error) {
    await close();
    throw error;
  }
  const port = (http.address() as AddressInfo).port;
  log.info({ port, path: SOCKET_PATH }, 'router listening');
  return { port, io, namespaces, receive, close };
}
