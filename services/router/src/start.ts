import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { closeRedis, createLogger, memoryWindowCounters, openRedis, redisWindowCounters, type Redis } from '@chat/common';
import { createAuthClient, createChatClient } from '@chat/grpc';
import { createTokenVerifier } from '@chat/tokens';
import { chatCoreOverGrpc } from './chat-core/chat-core.grpc.ts';
import type { RouterConfig } from './config.ts';
import { serveChatNamespace } from './connections/connections.socket.ts';
import { disconnectRevokedSessions } from './connections/revoked-sessions.ts';
import { createMessageRateLimit } from './messages/message-rate-limit.ts';
import type { ChatNamespace, ChatServer } from './realtime/chat-socket.ts';
import { createSocketServer, SOCKET_PATH } from './realtime/socket-server.ts';

export interface RouterHandle {
  port: number;
  io: ChatServer;
  /** `/chat` and `/chat/`: what chat-core's in-process bus drives in single-node mode. */
  namespaces: ChatNamespace[];
  close(): Promise<void>;
}

export async function start(config: RouterConfig): Promise<RouterHandle> {
  const log = createLogger('router', config.logLevel);
  const authClient = createAuthClient(config.authGrpcUrl, config.grpcDeadlineMs);
  const chat = chatCoreOverGrpc(createChatClient(config.chatGrpcUrl, config.grpcDeadlineMs));
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
  // pauses delivery instead of ending it. None in single-node mode.
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
  const { http, io, namespaces } = createSocketServer(config, redis);
  // On the publishing connection: the subscriber one can run no other command.
  const windows = redis ? redisWindowCounters(redis.pub) : memoryWindowCounters();
  const rateLimit = createMessageRateLimit(windows, config.redis.prefix, config.messageRateLimit, log);
  for (const nsp of namespaces) {
    serveChatNamespace(nsp, { verifier, chat, log, rateLimit, tokenExpiryGraceMs: config.tokenExpiryGraceMs, syncMaxEvents: config.syncMaxEvents });
  }
  disconnectRevokedSessions(namespaces, verifier, log);

  const close = async () => {
    // 1. Stop accepting, drop every socket (clients reconnect, to another router
    //    if this one is gone), close the adapters (they unsubscribe while Redis is still up).
    await new Promise<void>((resolve) => io.close(() => resolve()));
    // 2. No socket is left to call upstream.
    verifier.close();
    chat.close();
    authClient.close();
    // 3. Redis last: the adapters needed it until they were closed.
    if (redis) await Promise.all([closeRedis(redis.pub), closeRedis(redis.sub)]);
  };

  try {
    // The adapter subscribed while being created; a PING answered on the same
    // connection means those subscriptions are in place before any client arrives.
    await redis?.sub.ping();
    http.listen(config.http.port, config.http.host);
    await once(http, 'listening');
  } catch (error) {
    await close();
    throw error;
  }
  const port = (http.address() as AddressInfo).port;
  log.info({ port, path: SOCKET_PATH }, 'router listening');
  return { port, io, namespaces, close };
}
