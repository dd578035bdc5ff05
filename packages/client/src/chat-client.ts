import { AuthSession, type Tokens } from './auth-session.ts';
import { Connection, type ConnectionStatus } from './connection.ts';
import { Emitter } from './emitter.ts';
import { ChatError } from './errors.ts';
import { createHttp, unwrap, type ChatHttp } from './http.ts';
import { PresenceView } from './presence-view.ts';
import { RoomTimelines, type GapInfo } from './room-timeline.ts';
import { sendMessage, type SendOptions } from './sender.ts';
import {
  LIVE_ONLY_EVENTS,
  type ChatMessage,
  type MessagesRead,
  type Presence,
  type SocketErrorPayload,
  type SyncAnswer,
  type TimelineEvent,
  type TypingSignal,
} from './socket-events.ts';
import { createApi, type ChatApi } from './api.ts';

export interface ChatClientOptions {
  /** The gateway's base URL (HTTP API), e.g. `http://localhost:3000`. */
  url: string;
  /** The routers' base URL(s) (Socket.IO), e.g. `http://localhost:3001`; with several, a failed one is followed by the next. */
  socketUrl: string | string[];
  /** Tokens saved from an earlier session (the `tokens` event): no login needed. */
  tokens?: Tokens;
  /** Renew the access token a little before it expires (default true); off, it is renewed when a server says it expired. */
  autoRenew?: boolean;
  /** Socket.IO transports (default websocket only: no sticky sessions needed behind a load balancer). */
  transports?: ('websocket' | 'polling')[];
  reconnectDelayMs?: { min: number; max: number };
  ackTimeoutMs?: number;
  fetch?: typeof fetch;
}

/** What the app hears, each room's timeline events exactly once and in seq order. */
export interface ChatClientEvents {
  /**
   * Every timeline event, exactly once and in seq order per room: messages, edits, deletions, joins, leaves and
   * removals, renames, role changes, settings changes, deletions of rooms.
   */
  event: TimelineEvent;
  /** The `message` timeline events alone. */
  message: ChatMessage;
  /** History no longer covers what this client missed in a room: reload the room (GET /chat/messages). */
  gap: GapInfo;
  typing: TypingSignal;
  read: MessagesRead;
  /** A user of one of this user's rooms came online or went offline: once per change, whatever the rooms shared. */
  presence: Presence;
  status: { status: ConnectionStatus; url: string; reason?: string };
  tokens: Tokens;
  'session-ended': { reason: string };
  /** The room cannot be read any more (the user left it, or it was deleted, while this client was offline). */
  'room-lost': { room: string; error: ChatError };
  /** A refusal the server also sent as `conduit_error`. */
  'socket-error': SocketErrorPayload;
}

export interface ChatClient {
  /** Typed calls for every route of the gateway's OpenAPI description (openapi-fetch). */
  readonly http: ChatHttp;
  /** The usual routes as methods that resolve to the answer or reject with a ChatError. */
  readonly api: ChatApi;
  readonly userId: string | undefined;
  readonly tokens: Tokens | undefined;
  readonly connected: boolean;
  register(email: string, password: string): Promise<{ _id: string; email: string }>;
  login(email: string, password: string): Promise<Tokens>;
  /** Ends the session on the server and closes the socket. */
  logout(): Promise<void>;
  /**
   * Opens the socket and starts following every room of the user: from
   * `positions` (room → last seq seen, from `positions()` of an earlier run)
   * where given, from the room's current last seq otherwise.
   */
  connect(positions?: Record<string, number>): Promise<void>;
  /** Each followed room's last delivered seq: save it to resume without missing or repeating anything. */
  positions(): Record<string, number>;
  send(roomId: string, content: string, options?: SendOptions): Promise<ChatMessage>;
  typing(roomId: string): Promise<void>;
  markRead(roomId: string): Promise<number>;
  on<K extends keyof ChatClientEvents>(event: K, listener: (value: ChatClientEvents[K]) => void): () => void;
  close(): void;
}

/**
 * Whether a server event belongs to a room's timeline: it carries the room and
 * a seq, and is not one of the live-only signals (a typing `message` has no
 * `_id`). Types this SDK does not know yet count too, or their seqs would
 * look like holes.
 */
function isTimeline(name: string, p: { room?: unknown; seq?: unknown; _id?: unknown }): boolean {
  if (LIVE_ONLY_EVENTS.includes(name) || typeof p?.room !== 'string' || typeof p.seq !== 'number' || p.seq <= 0) return false;
  return name !== 'message' || typeof p._id === 'string';
}

export function createChatClient(options: ChatClientOptions): ChatClient {
  const events = new Emitter<ChatClientEvents>();
  let closed = false;
  let session!: AuthSession;
  const http = createHttp(options.url, () => session, options.fetch);
  session = new AuthSession(
    async (refreshToken) => unwrap(http.POST('/authentication/renew', { body: { refreshToken } })),
    { autoRenew: options.autoRenew ?? true },
  );
  session.on('tokens', (t) => events.emit('tokens', t));
  session.on('session-ended', (e) => events.emit('session-ended', e));
  const api = createApi(http);
  const presence = new PresenceView();
  let connection: Connection | undefined;
  let initial: Record<string, number> = {};

  const timelines = new RoomTimelines({
    userId: () => session.current?.userId,
    sync: (room, since) => {
      if (!connection) return Promise.reject(new ChatError('UNAVAILABLE', 'not connected'));
      return connection.request<SyncAnswer>('sync', room, since);
    },
    deliver: (event) => {
      events.emit('event', event);
      if (event.type === 'message') events.emit('message', event.payload);
    },
    gap: (info) => events.emit('gap', info),
    lost: (room, error) => events.emit('room-lost', { room, error }),
  });

  /** Follows every room of the user not followed yet; the first connection starts those in `initial` where they were. */
  async function followRooms(): Promise<void> {
    const listed = new Set<string>();
    for (let skip = 0; ; skip += 100) {
      const page = await api.rooms.list({ skip, limit: 100 });
      for (const room of page.rooms) {
        listed.add(room._id);
        timelines.track(room._id, initial[room._id] ?? room.lastSeq, room.lastSeq);
      }
      if (page.rooms.length < 100 || skip + 100 >= page.count) break;
    }
    initial = {};
    // Rooms that waited for a starting point but are not the user's any more: nothing will start them.
    for (const room of Object.keys(timelines.positions())) if (!listed.has(room)) timelines.forget(room);
  }

  function onServerEvent(name: string, payload: unknown): void {
    const p = payload as { room?: string; seq?: number; contentType?: string; _id?: string };
    if (isTimeline(name, p)) {
      timelines.live({ type: name, room: p.room, seq: p.seq, payload } as TimelineEvent);
    } else if (name === 'message' && p?.contentType === 'typing') events.emit('typing', payload as TypingSignal);
    else if (name === 'messagesRead') events.emit('read', payload as MessagesRead);
    else if (name === 'presence' && presence.changed(payload as Presence)) events.emit('presence', payload as Presence);
    else if (name === 'conduit_error') events.emit('socket-error', payload as SocketErrorPayload);
  }

  if (options.tokens) session.set(options.tokens);

  const client: ChatClient = {
    http,
    api,
    get userId() {
      return session.current?.userId;
    },
    get tokens() {
      return session.current;
    },
    get connected() {
      return connection?.connected ?? false;
    },
    register: (email, password) => api.auth.register(email, password),
    async login(email, password) {
      const tokens = await api.auth.login(email, password);
      session.set(tokens);
      return tokens;
    },
    async logout() {
      try {
        if (session.current) await api.auth.logout();
      } finally {
        connection?.close();
        connection = undefined;
        session.clear();
      }
    },
    async connect(positions = {}) {
      if (!session.current) throw new ChatError('UNAUTHENTICATED', 'log in first');
      if (connection) return connection.whenConnected();
      initial = { ...positions };
      const urls = Array.isArray(options.socketUrl) ? options.socketUrl : [options.socketUrl];
      const conn = new Connection({
        urls,
        session,
        minDelayMs: options.reconnectDelayMs?.min ?? 250,
        maxDelayMs: options.reconnectDelayMs?.max ?? 10_000,
        ackTimeoutMs: options.ackTimeoutMs ?? 15_000,
        transports: options.transports ?? ['websocket'],
      });
      connection = conn;
      let followed: Promise<void> | undefined;
      conn.on('event', ({ name, payload }) => onServerEvent(name, payload));
      conn.on('status', (status) => {
        events.emit('status', status);
        if (status.status !== 'connected') return;
        // A reconnect: every followed room catches up from its last seq, then rooms joined meanwhile are followed.
        if (followed) timelines.resyncAll();
        const listing = followRooms();
        followed ??= listing;
        listing.catch((error: unknown) => events.emit('socket-error', { code: 'UNAVAILABLE', message: `could not list the rooms: ${String(error)}` }));
      });
      conn.open();
      await conn.whenConnected();
      await followed;
    },
    positions: () => timelines.positions(),
    send(roomId, content, sendOptions) {
      if (!connection) return Promise.reject(new ChatError('UNAVAILABLE', 'connect() first'));
      return sendMessage({ connection, session, isClosed: () => closed }, roomId, content, sendOptions);
    },
    async typing(roomId) {
      await connection?.request('typing', roomId);
    },
    async markRead(roomId) {
      const answer = await api.rooms.markRead(roomId);
      return answer.lastReadSeq;
    },
    on: (event, listener) => events.on(event, listener),
    close() {
      closed = true;
      connection?.close();
      connection = undefined;
      timelines.close();
      presence.clear();
      session.clear();
    },
  };
  return client;
}
