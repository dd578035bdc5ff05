// The admin API's shapes as the panel uses them (docs/ADMIN_API.md).

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
