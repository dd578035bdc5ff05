import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter, type RedisAdapter } from '@socket.io/redis-adapter';
import { Adapter as InMemoryAdapter } from 'socket.io-adapter';
import { CHAT_NAMESPACE, CHAT_NAMESPACE_ALIAS, socketIoKey, type Redis } from '@chat/common';
import type { RouterConfig } from '../config.ts';
import { AliasAdapter } from './alias-adapter.ts';
import type { ChatNamespace, ChatServer } from './chat-socket.ts';

export const SOCKET_PATH = '/realtime';
export { CHAT_NAMESPACE, CHAT_NAMESPACE_ALIAS };

export interface SocketServer {
  http: HttpServer;
  io: ChatServer;
  /** `/chat` and `/chat/`: the same contract, set up identically. */
  namespaces: ChatNamespace[];
}

/**
 * Socket.IO on its own HTTP server, with the Redis adapter so every router
 * delivers chat-core's events to its own sockets. Without Redis (single-node
 * mode) every namespace keeps the in-memory adapter and chat-core, in the
 * same process, drives both chat namespaces itself. Not listening yet.
 */
export function createSocketServer(config: Pick<RouterConfig, 'socket' | 'redis'>, redis: { pub: Redis; sub: Redis } | undefined): SocketServer {
  // engine.io answers its own path; anything else would otherwise hang until the client gives up.
  const http = createServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `Socket.IO is served at ${SOCKET_PATH}` }));
  });
  const io: ChatServer = new Server(http, {
    path: SOCKET_PATH,
    serveClient: false,
    transports: config.socket.transports,
    maxHttpBufferSize: config.socket.maxBufferBytes,
    cors: { origin: config.socket.corsOrigin },
    ...(redis ? { adapter: adapterFactory(redis, socketIoKey(config.redis.prefix)) } : {}),
  });
  // The namespace everyone must use; a client on the default one would otherwise sit connected, receiving nothing.
  io.of('/').use((_socket, next) => next(new Error(`connect to the ${CHAT_NAMESPACE} namespace, e.g. http://host:port${CHAT_NAMESPACE}`)));
  const namespaces = [io.of(CHAT_NAMESPACE), io.of(CHAT_NAMESPACE_ALIAS)];
  return { http, io, namespaces };
}

/**
 * socket.io instantiates the adapter with `new`, so this is a function, not
 * an arrow. `/chat` gets the Redis adapter, `/chat/` mirrors it, and the
 * default namespace (which refuses every client) stays in memory.
 */
function adapterFactory(redis: { pub: Redis; sub: Redis }, key: string) {
  const redisAdapter = createAdapter(redis.pub, redis.sub, { key });
  let chat: RedisAdapter | undefined;
  return function (nsp: ChatNamespace) {
    if (nsp.name === CHAT_NAMESPACE) {
      chat = redisAdapter(nsp);
      return chat;
    }
    if (nsp.name === CHAT_NAMESPACE_ALIAS) {
      if (!chat) throw new Error(`${CHAT_NAMESPACE} must be created before its alias ${CHAT_NAMESPACE_ALIAS}`);
      return new AliasAdapter(nsp, chat, CHAT_NAMESPACE, key);
    }
    return new InMemoryAdapter(nsp);
  };
}
