import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { CHAT_NAMESPACE, createLogger, timelineChannel, type TimelineEnvelope } from '@chat/common';
import { TimelineFanout, type GapFiller } from '@chat/router';
import type { TestEnv } from '../test-env.ts';

export interface Received {
  event: string;
  payload: Record<string, unknown>;
}

export interface Listener {
  /** A socket of the user's, recording every event it receives. */
  client(userId: string): Promise<{ socket: Socket; received: Received[] }>;
  /** Where gaps are fetched from (chat-core's ListRoomEvents); until set, a gap is skipped. */
  fillFrom(filler: GapFiller): void;
  close(): Promise<void>;
}

/**
 * What chat-core's tests watch its events with: a Socket.IO server fed the
 * way routers are (the router's own TimelineFanout, subscribed to the
 * timeline channel in Redis; each socket in its user's channel, no
 * authentication: the socket names its user), so nothing here knows
 * chat-core's internals beyond the shared channel name.
 */
export async function startListener(env: TestEnv): Promise<Listener> {
  const sub = new Redis(env.redisUrl);
  const http = createServer();
  const io = new Server(http);
  const nsp = io.of(CHAT_NAMESPACE);
  nsp.on('connection', (socket) => void socket.join(`user:${socket.handshake.auth.userId as string}`));
  let filler: GapFiller = { eventsAfter: async () => [] };
  const fanout = new TimelineFanout([nsp], { eventsAfter: (...args) => filler.eventsAfter(...args) }, createLogger('listener', 'warn'));
  sub.on('message', (_channel: string, message: string) => fanout.receive(JSON.parse(message) as TimelineEnvelope[]));
  await sub.subscribe(timelineChannel(env.redisPrefix));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sockets: Socket[] = [];

  return {
    async client(userId) {
      const received: Received[] = [];
      const socket = connect(`${url}${CHAT_NAMESPACE}`, { auth: { userId }, transports: ['websocket'], forceNew: true });
      socket.onAny((event: string, payload: Record<string, unknown>) => received.push({ event, payload }));
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return { socket, received };
    },
    fillFrom(next) {
      filler = next;
    },
    async close() {
      for (const socket of sockets) socket.disconnect();
      fanout.close();
      await new Promise((resolve) => io.close(resolve));
      sub.disconnect();
    },
  };
}
