import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { waitFor, type TestEnv } from '@chat/testing';
import { CHAT_NAMESPACE, socketIoKey, userChannel } from './realtime-channel.ts';

export interface Received {
  event: string;
  payload: Record<string, unknown>;
}

export interface Listener {
  /** A socket of the user's, recording every event it receives. */
  client(userId: string): Promise<{ socket: Socket; received: Received[] }>;
  close(): Promise<void>;
}

/**
 * What chat-core's tests watch its events with: a Socket.IO server wired the
 * way routers are (`@socket.io/redis-adapter` on the shared key, each socket
 * in its user's channel, no authentication: the socket names its user), so
 * nothing here knows chat-core's internals beyond those constants.
 */
export async function startListener(env: TestEnv): Promise<Listener> {
  const pub = new Redis(env.redisUrl);
  const sub = pub.duplicate();
  const http = createServer();
  const io = new Server(http, { adapter: createAdapter(pub, sub, { key: socketIoKey(env.redisPrefix) }) });
  io.of(CHAT_NAMESPACE).on('connection', (socket) => void socket.join(userChannel(socket.handshake.auth.userId as string)));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sockets: Socket[] = [];

  const client = async (userId: string) => {
    const received: Received[] = [];
    const socket = connect(`${url}${CHAT_NAMESPACE}`, { auth: { userId }, transports: ['websocket'], forceNew: true });
    socket.onAny((event: string, payload: Record<string, unknown>) => received.push({ event, payload }));
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return { socket, received };
  };

  // The adapter subscribes asynchronously: wait until a broadcast through Redis gets through.
  const probe = await client('probe');
  await waitFor('the redis adapter to subscribe', async () => {
    io.of(CHAT_NAMESPACE).to(userChannel('probe')).emit('probe', {});
    await new Promise((r) => setTimeout(r, 50));
    return probe.received.length > 0 ? true : undefined;
  });

  return {
    client,
    async close() {
      for (const socket of sockets) socket.disconnect();
      await new Promise((resolve) => io.close(resolve));
      pub.disconnect();
      sub.disconnect();
    },
  };
}
