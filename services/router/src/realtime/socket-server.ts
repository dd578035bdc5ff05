import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { Server } from 'socket.io';
import { CHAT_NAMESPACE, CHAT_NAMESPACE_ALIAS } from '@chat/common';
import type { RouterConfig } from '../config.ts';
import type { ChatNamespace, ChatServer } from './chat-socket.ts';

export const SOCKET_PATH = '/realtime';
export { CHAT_NAMESPACE, CHAT_NAMESPACE_ALIAS };

export interface SocketServer {
  http: HttpServer;
  io: ChatServer;
  /** `/chat` and `/chat/`: the same contract, set up identically. */
  namespaces: ChatNamespace[];
}

/** The HTTP server's own routes (http-routes.ts): true when it answered the request. */
export type HttpRoutes = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Socket.IO on its own HTTP server, which also answers `routes` (`/metrics`, `/health`, `/ready`). Every
 * namespace keeps Socket.IO's in-memory adapter: what other processes have
 * to say to this router's sockets (chat-core's timeline) arrives through
 * TimelineFanout, which emits it here. Not listening yet.
 */
export function createSocketServer(config: Pick<RouterConfig, 'socket'>, routes: HttpRoutes): SocketServer {
  // engine.io answers its own path; anything else would otherwise hang until the client gives up.
  const http = createServer((req, res) => {
    void routes(req, res).then((served) => {
      if (!served) res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `Socket.IO is served at ${SOCKET_PATH}` }));
    });
  });
  const io: ChatServer = new Server(http, {
    path: SOCKET_PATH,
    serveClient: false,
    transports: config.socket.transports,
    maxHttpBufferSize: config.socket.maxBufferBytes,
    cors: { origin: config.socket.corsOrigin },
  });
  // The namespace everyone must use; a client on the default one would otherwise sit connected, receiving nothing.
  io.of('/').use((_socket, next) => next(new Error(`connect to the ${CHAT_NAMESPACE} namespace, e.g. http://host:port${CHAT_NAMESPACE}`)));
  const namespaces = [io.of(CHAT_NAMESPACE), io.of(CHAT_NAMESPACE_ALIAS)];
  return { http, io, namespaces };
}
