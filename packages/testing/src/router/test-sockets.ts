import { io, type Socket } from 'socket.io-client';
import { waitFor } from '../wait.ts';

export interface Received {
  event: string;
  args: unknown[];
}

export interface TestSocket {
  socket: Socket;
  /** Every event the server sent, in arrival order. */
  received: Received[];
  /** The first argument of every `event` received so far. */
  payloads<T = Record<string, unknown>>(event: string): T[];
  /** Waits until `count` `event`s matching `match` arrived; returns their first arguments. */
  waitForEvents<T = Record<string, unknown>>(event: string, count: number, match?: (payload: T) => boolean, timeoutMs?: number): Promise<T[]>;
  /** Emits with an ack callback and resolves with the ack's argument. */
  request<T = Record<string, unknown>>(event: string, ...args: unknown[]): Promise<T>;
  close(): void;
}

export interface ConnectOptions {
  /** Sent as the Authorization header, exactly as given (e.g. `Bearer "<token>"`). */
  authorization?: string;
  /** Sent as `auth.token`, as a browser would. */
  authToken?: string;
  /** Full URL path of the namespace; `/chat` unless given. */
  namespace?: string;
  reconnection?: boolean;
}

function open(url: string, options: ConnectOptions): Socket {
  return io(`${url}${options.namespace ?? '/chat'}`, {
    path: '/realtime',
    transports: ['websocket'],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 200,
    ...(options.authorization === undefined ? {} : { extraHeaders: { Authorization: options.authorization } }),
    ...(options.authToken === undefined ? {} : { auth: { token: options.authToken } }),
  });
}

/** Connects a real socket.io-client and records what it receives; rejects with the connect_error. */
export async function connect(url: string, options: ConnectOptions = {}): Promise<TestSocket> {
  const socket = open(url, options);
  const received: Received[] = [];
  socket.onAny((event: string, ...args: unknown[]) => received.push({ event, args }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  const payloads = <T>(event: string) => received.filter((r) => r.event === event).map((r) => r.args[0] as T);
  return {
    socket,
    received,
    payloads,
    waitForEvents: <T>(event: string, count: number, match: (p: T) => boolean = () => true, timeoutMs = 5000) =>
      waitFor(
        `${count} "${event}" event(s)`,
        () => {
          const found = payloads<T>(event).filter(match);
          return found.length >= count ? found : undefined;
        },
        timeoutMs,
      ),
    request: <T>(event: string, ...args: unknown[]) => socket.timeout(5000).emitWithAck(event, ...args) as Promise<T>,
    close: () => void socket.close(),
  };
}

/** Connects expecting a refusal; resolves with the connect_error the client got. */
export async function connectRefused(url: string, options: ConnectOptions = {}): Promise<Error & { data?: { code?: string } }> {
  const socket = open(url, options);
  try {
    return await new Promise((resolve, reject) => {
      socket.once('connect', () => reject(new Error('the connection was accepted')));
      socket.once('connect_error', (error) => resolve(error as Error & { data?: { code?: string } }));
    });
  } finally {
    socket.close();
  }
}

/** Long enough for an event published through Redis to have arrived if it was going to. */
export const settle = (ms = 300): Promise<void> => new Promise((r) => setTimeout(r, ms));
