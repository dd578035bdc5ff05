// A typed client for the gateway's admin API (docs/ADMIN_API.md).
import type { SystemSnapshot } from './system/system-rates.ts';

export interface Session {
  masterKey: string;
  token: string;
}

export interface AdminUser {
  _id: string;
  email: string;
  /** What other users see instead of the email. */
  displayName?: string;
  blocked: boolean;
  createdAt: string;
}

export interface RoomSummary {
  _id: string;
  name: string;
  participantCount: number;
  lastActivity: string | null;
  lastSeq: number;
  createdAt: string;
}

/** A room's participant (the detail fills every field); the user picker's choices carry the first two. */
export interface Participant {
  _id: string;
  email: string;
  displayName?: string | null;
  role?: 'owner' | 'admin' | 'member';
  status?: 'online' | 'offline';
  lastSeen?: string | null;
}

export interface RoomDetail {
  _id: string;
  name: string;
  participants: Participant[];
  /** A direct room: its two members have no roles to change. */
  direct?: boolean;
  lastSeq: number;
  createdAt: string;
}

export interface AdminMessage {
  _id: string;
  message: string;
  messageType: string;
  files: unknown[];
  senderUser: string;
  senderEmail: string;
  room: string;
  createdAt: string;
  updatedAt: string;
  seq: number;
}

/** The `message` event payload: the socket shape, not the HTTP one. */
export interface LiveMessage {
  _id: string;
  nonce?: string;
  sender: string;
  content: string;
  contentType: string;
  files: unknown[];
  room: string;
  createdAt: string;
  seq: number;
}

export type RoomEvent =
  | { seq: number; type: 'message'; payload: LiveMessage }
  | { seq: number; type: 'message-deleted'; payload: { messageId: string; room: string; seq: number } }
  | { seq: number; type: 'message-edited'; payload: { messageId: string; message: string; room: string; seq: number } }
  // room-joined, room-left, renames and whatever the server adds later.
  | { seq: number; type: 'other'; name: string; payload: unknown };

export interface AuditEntry {
  _id: string;
  admin: string;
  action: string;
  target: string;
  createdAt: string;
}

export interface WebhookEndpoint {
  _id: string;
  url: string;
  eventTypes: string[];
  /** Only right after creation or rotation. */
  secret?: string;
  previousSecretUntil: string | null;
  enabled: boolean;
  createdAt: string;
}

export interface WebhookDelivery {
  _id: number;
  room: string;
  seq: number;
  eventType: string;
  status: 'retrying' | 'delivered' | 'dead';
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  count: number;
}

export interface PageQuery {
  search?: string;
  skip?: number;
  limit?: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiOptions {
  /** Origin of the gateway; '' for the page's own. */
  baseUrl?: string;
  getSession(): Session | null;
  /** Called with the server's words when an admin call answers 401. */
  onUnauthorized(message: string): void;
}

type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Login carries its own master key and no session yet. */
  headers?: Record<string, string>;
  session?: boolean;
}

export type AdminApi = ReturnType<typeof createAdminApi>;

export function createAdminApi(options: ApiOptions) {
  const baseUrl = options.baseUrl ?? '';

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
    const useSession = opts.session !== false;
    if (useSession) {
      const session = options.getSession();
      if (!session) {
        const message = 'Please log in.';
        options.onUnauthorized(message);
        throw new ApiError(401, 'UNAUTHENTICATED', message);
      }
      headers.masterkey = session.masterKey;
      headers.authorization = `Bearer ${session.token}`;
    }
    if (opts.body !== undefined) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await fetch(baseUrl + path + queryString(opts.query), {
        method,
        headers,
        body: opts.body === undefined ? null : JSON.stringify(opts.body),
      });
    } catch (error) {
      throw new ApiError(0, 'NETWORK', `Cannot reach the server (${(error as Error).message}).`);
    }

    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = errorFromBody(response, body);
      if (response.status === 401 && useSession) options.onUnauthorized(error.message);
      throw error;
    }
    return body as T;
  }

  return {
    async login(masterKey: string, email: string, password: string): Promise<Session> {
      const answer = await request<{ token: string }>('POST', '/admin/login', {
        body: { email, password },
        headers: { masterkey: masterKey },
        session: false,
      });
      return { masterKey, token: answer.token };
    },

    async listUsers(query: PageQuery): Promise<Page<AdminUser>> {
      const answer = await request<{ users: AdminUser[]; count: number | string }>('GET', '/admin/users', {
        query: pageQuery(query),
      });
      return { items: answer.users, count: Number(answer.count) };
    },

    async createUser(email: string, password: string): Promise<AdminUser> {
      const answer = await request<{ user: AdminUser }>('POST', '/admin/users', { body: { email, password } });
      return answer.user;
    },

    async setUserBlocked(userId: string, blocked: boolean): Promise<AdminUser> {
      const answer = await request<{ user: AdminUser }>('PATCH', `/admin/users/${enc(userId)}`, {
        body: { blocked },
      });
      return answer.user;
    },

    async deleteUser(userId: string): Promise<void> {
      await request('DELETE', `/admin/users/${enc(userId)}`);
    },

    async listRooms(query: PageQuery): Promise<Page<RoomSummary>> {
      const answer = await request<{ rooms: WireNumbers<RoomSummary>[]; count: number | string }>(
        'GET',
        '/admin/rooms',
        { query: pageQuery(query) },
      );
      const items = answer.rooms.map((room) => ({
        ...room,
        participantCount: Number(room.participantCount),
        lastSeq: Number(room.lastSeq),
        lastActivity: room.lastActivity || null,
      }));
      return { items, count: Number(answer.count) };
    },

    async createRoom(roomName: string, userIds: string[]): Promise<string> {
      const answer = await request<{ roomId: string }>('POST', '/admin/rooms', {
        body: { roomName, users: userIds },
      });
      return answer.roomId;
    },

    async getRoom(roomId: string): Promise<RoomDetail> {
      const room = await request<WireNumbers<RoomDetail>>('GET', `/admin/rooms/${enc(roomId)}`);
      return { ...room, lastSeq: Number(room.lastSeq) };
    },

    async deleteRoom(roomId: string): Promise<void> {
      await request('DELETE', `/admin/rooms/${enc(roomId)}`);
    },

    async addParticipants(roomId: string, userIds: string[]): Promise<void> {
      await request('PUT', `/admin/rooms/${enc(roomId)}/participants`, { body: { users: userIds } });
    },

    async setParticipantRole(roomId: string, userId: string, role: 'admin' | 'member'): Promise<void> {
      await request('PUT', `/admin/rooms/${enc(roomId)}/participants/${enc(userId)}`, { body: { role } });
    },

    async removeParticipant(roomId: string, userId: string): Promise<void> {
      await request('DELETE', `/admin/rooms/${enc(roomId)}/participants/${enc(userId)}`);
    },

    /** Newest first, as the API answers. */
    async listMessages(
      roomId: string,
      query: { limit?: number; before?: number },
    ): Promise<{ messages: AdminMessage[]; count: number; lastSeq: number }> {
      const answer = await request<{
        messages: WireNumbers<AdminMessage>[];
        count: number | string;
        lastSeq: number | string;
      }>('GET', `/admin/rooms/${enc(roomId)}/messages`, { query });
      return {
        messages: answer.messages.map((m) => ({ ...m, files: m.files ?? [], seq: Number(m.seq) })),
        count: Number(answer.count),
        lastSeq: Number(answer.lastSeq),
      };
    },

    async roomEvents(roomId: string, since: number): Promise<{ events: RoomEvent[]; lastSeq: number }> {
      const answer = await request<{ events: WireEvent[]; lastSeq: number | string }>(
        'GET',
        `/admin/rooms/${enc(roomId)}/events`,
        { query: { since } },
      );
      return { events: answer.events.map(toRoomEvent), lastSeq: Number(answer.lastSeq) };
    },

    /** The services' counters as they stand; the system page turns two of them into rates. */
    async systemSnapshot(): Promise<SystemSnapshot> {
      return request<SystemSnapshot>('GET', '/admin/system');
    },

    async deleteMessage(messageId: string): Promise<void> {
      await request('DELETE', `/admin/messages/${enc(messageId)}`);
    },

    async listWebhooks(): Promise<WebhookEndpoint[]> {
      return (await request<{ endpoints: WebhookEndpoint[] }>('GET', '/admin/webhooks')).endpoints;
    },

    /** The answer carries the secret: the only time it is shown. */
    async createWebhook(url: string, eventTypes: string[]): Promise<WebhookEndpoint> {
      return request<WebhookEndpoint>('POST', '/admin/webhooks', { body: { url, eventTypes } });
    },

    async setWebhookEnabled(id: string, enabled: boolean): Promise<void> {
      await request('PATCH', `/admin/webhooks/${enc(id)}`, { body: { enabled } });
    },

    async rotateWebhookSecret(id: string): Promise<WebhookEndpoint> {
      return request<WebhookEndpoint>('POST', `/admin/webhooks/${enc(id)}/rotate-secret`, { body: {} });
    },

    async deleteWebhook(id: string): Promise<void> {
      await request('DELETE', `/admin/webhooks/${enc(id)}`);
    },

    async listWebhookDeliveries(id: string, status?: 'dead'): Promise<WebhookDelivery[]> {
      const answer = await request<{ deliveries: WebhookDelivery[] }>('GET', `/admin/webhooks/${enc(id)}/deliveries`, { query: { status } });
      return answer.deliveries;
    },

    async retryWebhookDelivery(deliveryId: number): Promise<WebhookDelivery> {
      return request<WebhookDelivery>('POST', `/admin/webhooks/deliveries/${deliveryId}/retry`);
    },

    async listAudit(query: PageQuery): Promise<Page<AuditEntry>> {
      const answer = await request<{ entries: AuditEntry[]; count: number | string }>('GET', '/admin/audit', {
        query: pageQuery(query),
      });
      return { items: answer.entries, count: Number(answer.count) };
    },
  };
}

/** Sequence numbers are int64 on the gRPC side, so the gateway may send them as strings. */
type WireNumbers<T> = { [K in keyof T]: T[K] extends number ? number | string : T[K] };

interface WireEvent {
  seq: number | string;
  type: string;
  payload: Record<string, unknown> | null;
}

type EventPayload<T extends RoomEvent['type']> = Extract<RoomEvent, { type: T }>['payload'];

function toRoomEvent(event: WireEvent): RoomEvent {
  const seq = Number(event.seq);
  const payload: Record<string, unknown> = { ...event.payload, seq: Number(event.payload?.seq ?? seq) };
  // The payload shapes are the socket events' (docs/ADMIN_API.md); only seq needs normalising.
  switch (event.type) {
    case 'message':
      return { seq, type: 'message', payload: { files: [], ...payload } as unknown as LiveMessage };
    case 'message-deleted':
      return { seq, type: 'message-deleted', payload: payload as unknown as EventPayload<'message-deleted'> };
    case 'message-edited':
      return { seq, type: 'message-edited', payload: payload as unknown as EventPayload<'message-edited'> };
    default:
      return { seq, type: 'other', name: event.type, payload };
  }
}

function errorFromBody(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : `The server answered ${response.status} ${response.statusText}`.trim() + '.';
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  return new ApiError(response.status, code, message);
}

function pageQuery({ search, skip, limit }: PageQuery): Query {
  return { search: search?.trim() || undefined, skip, limit };
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function enc(id: string): string {
  return encodeURIComponent(id);
}
