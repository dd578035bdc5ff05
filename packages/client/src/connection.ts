import { io, type Socket } from 'socket.io-client';
import type { AuthSession } from './auth-session.ts';
import { Emitter } from './emitter.ts';
import { ChatError, isWireError } from './errors.ts';
import type { ClientToServerEvents, ServerToClientEvents } from './socket-events.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected' | 'closed';

export interface ConnectionEvents {
  status: { status: ConnectionStatus; url: string; reason?: string };
  /** A server event, as the socket received it. */
  event: { name: string; payload: unknown };
}

export interface ConnectionOptions {
  /** Router URLs; on a failed connection the next one is tried. */
  urls: string[];
  session: AuthSession;
  /** First reconnection delay; it doubles up to `maxDelayMs`, with jitter. */
  minDelayMs: number;
  maxDelayMs: number;
  /** How long an emitted event waits for its ack. */
  ackTimeoutMs: number;
  /** Socket.IO transports; websocket alone needs no sticky sessions behind a load balancer. */
  transports: ('websocket' | 'polling')[];
}

type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One Socket.IO connection to the routers, kept open: reconnected with
 * backoff and jitter, to the next URL when one fails (the routers are
 * interchangeable), with a fresh access token at every handshake, and the
 * token renewed on the live socket before the router's `token-expired`
 * grace runs out. Socket.IO's own reconnection is off: it would keep one
 * URL and the handshake's old token.
 */
export class Connection extends Emitter<ConnectionEvents> {
  private socket: ChatSocket | undefined;
  private index = 0;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private status: ConnectionStatus = 'disconnected';
  private waiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private readonly stopTokens: () => void;

  constructor(private readonly options: ConnectionOptions) {
    super();
    // A renewal (scheduled, or after a 401) hands the live socket its new token too.
    this.stopTokens = options.session.on('tokens', ({ accessToken }) => {
      if (this.socket?.connected) void this.authenticate(accessToken);
    });
  }

  get connected(): boolean {
    return this.status === 'connected';
  }

  get url(): string {
    return this.options.urls[this.index % this.options.urls.length]!;
  }

  open(): void {
    if (this.status === 'closed' || this.socket) return;
    this.connect();
  }

  close(): void {
    this.status = 'closed';
    clearTimeout(this.timer);
    this.stopTokens();
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = undefined;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new ChatError('CLIENT_CLOSED', 'the client was closed'));
    this.emit('status', { status: 'closed', url: this.url });
  }

  /** Resolves once connected (at once if it is). */
  whenConnected(): Promise<void> {
    if (this.status === 'connected') return Promise.resolve();
    if (this.status === 'closed') return Promise.reject(new ChatError('CLIENT_CLOSED', 'the client was closed'));
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Emits an event and waits for its ack; a disconnect or timeout rejects with UNAVAILABLE or TIMEOUT. */
  request<T>(event: keyof ClientToServerEvents, ...args: unknown[]): Promise<T> {
    const socket = this.socket;
    if (!socket?.connected) return Promise.reject(new ChatError('UNAVAILABLE', 'not connected'));
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        socket.off('disconnect', onDisconnect);
      };
      const onDisconnect = (): void => {
        done();
        reject(new ChatError('UNAVAILABLE', 'disconnected before the answer came'));
      };
      const timer = setTimeout(() => {
        done();
        reject(new ChatError('TIMEOUT', `no answer to ${event} within ${this.options.ackTimeoutMs} ms`));
      }, this.options.ackTimeoutMs);
      socket.on('disconnect', onDisconnect);
      // The typed emit cannot spread a variadic list; the ack's answer is checked below.
      (socket.emit as (event: string, ...rest: unknown[]) => void)(event, ...args, (answer: unknown) => {
        done();
        if (isWireError(answer)) reject(new ChatError(answer.error.code, answer.error.message, undefined, answer.error.retryAfter));
        else resolve(answer as T);
      });
    });
  }

  private connect(): void {
    const url = this.url;
    this.setStatus('connecting', url);
    const socket: ChatSocket = io(`${url.replace(/\/$/, '')}/chat`, {
      path: '/realtime',
      transports: this.options.transports,
      reconnection: false,
      forceNew: true,
      // Called for this handshake: the token is renewed first if it expired while disconnected.
      auth: (cb) => {
        this.options.session.accessToken().then(
          (token) => cb({ token }),
          () => cb({}),
        );
      },
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.attempt = 0;
      this.setStatus('connected', url);
      for (const waiter of this.waiters.splice(0)) waiter.resolve();
    });
    socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      if (error.data?.code === 'UNAUTHENTICATED') {
        // An expired or revoked token: renew before the next try (a dead session ends here, with session-ended).
        this.options.session.renew().catch(() => undefined);
      }
      this.retry(socket, error.message);
    });
    socket.on('disconnect', (reason) => this.retry(socket, reason));
    socket.on('token-expired', () => {
      const stale = this.options.session.current?.accessToken;
      this.options.session.renew(stale).then((token) => this.authenticate(token), () => undefined);
    });
    socket.onAny((name: string, payload: unknown) => this.emit('event', { name, payload }));
  }

  private async authenticate(token: string): Promise<void> {
    try {
      await this.request('authenticate', token);
    } catch {
      // Refused or disconnected: the router disconnects at the end of its grace, and the handshake carries a fresh token.
    }
  }

  /** The socket failed or dropped: the next URL after a backoff. */
  private retry(socket: ChatSocket, reason: string): void {
    if (socket !== this.socket || this.status === 'closed') return;
    socket.removeAllListeners();
    socket.disconnect();
    this.socket = undefined;
    this.setStatus('disconnected', this.url, reason);
    this.index++;
    const base = Math.min(this.options.maxDelayMs, this.options.minDelayMs * 2 ** this.attempt++);
    const delay = base / 2 + Math.random() * (base / 2);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private setStatus(status: ConnectionStatus, url: string, reason?: string): void {
    if (this.status === 'closed') return;
    this.status = status;
    this.emit('status', reason === undefined ? { status, url } : { status, url, reason });
  }
}
