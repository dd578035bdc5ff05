/**
 * The Socket.IO contract of the routers (path `/realtime`, namespace `/chat`),
 * as docs/CLIENT.md describes it. Every timeline event carries its room and
 * its seq; live-only signals (typing, read receipts) carry no timeline seq.
 */

/** A stored message, as the `message` event and a send's ack carry it. */
export interface ChatMessage {
  _id: string;
  nonce: string | null;
  sender: string;
  content: string;
  contentType: string;
  files: string[];
  room: string;
  createdAt: string;
  seq: number;
}

export interface MessageEdited {
  messageId: string;
  message: string;
  room: string;
  seq: number;
  updatedAt: string;
}

export interface MessageDeleted {
  messageId: string;
  room: string;
  seq: number;
}

export interface RoomJoined {
  room: string;
  roomName: string;
  users: string[];
  /** Who added them. */
  by: string;
  seq: number;
  /** A direct room's creation (`POST /chat/direct/{userId}`): two members, nobody can be added. */
  direct?: true;
}

export interface RoomLeft {
  room: string;
  user: string;
  /** Who removed the user (the room's owner or an admin, or a server admin); absent when they left. */
  by?: string;
  /** The user was removed by `by` (`DELETE /chat/rooms/{id}/members/{userId}`); their sockets receive nothing more from the room. */
  removed?: true;
  seq: number;
}

export type RoomRole = 'owner' | 'admin' | 'member';

/** A member's role changed: made admin or member again by the owner, or made owner when the owner left. */
export interface MemberRoleChanged {
  room: string;
  user: string;
  role: RoomRole;
  by: string;
  seq: number;
}

/** The owner changed who may add people to the room. */
export interface RoomSettingsChanged {
  room: string;
  whoCanAdd: 'members' | 'admins';
  by: string;
  seq: number;
}

export interface RoomRenamed {
  room: string;
  roomName: string;
  /** Who renamed it. */
  by: string;
  seq: number;
}

export interface RoomDeleted {
  room: string;
  seq: number;
}

/**
 * A user of a room this user is in came online (their first socket on any
 * router) or went offline (their last one closed, after a grace period that
 * absorbs reconnects). Live only: no timeline seq. The server sends it once
 * per room the two share; the SDK's `presence` event comes once per change.
 */
export interface Presence {
  user: string;
  status: 'online' | 'offline';
  /** When they went offline (ISO time); null while online. */
  lastSeen: string | null;
  room: string;
}

/** The events of a room's timeline, each numbered by the room's gap-free seq. */
export interface TimelineEvents {
  message: ChatMessage;
  'message-edited': MessageEdited;
  'message-deleted': MessageDeleted;
  'room-joined': RoomJoined;
  'room-left': RoomLeft;
  'room-renamed': RoomRenamed;
  'room-deleted': RoomDeleted;
  'member-role-changed': MemberRoleChanged;
  'room-settings-changed': RoomSettingsChanged;
}

export type TimelineEventType = keyof TimelineEvents;

/** Events that carry a `room` and a `seq` that is not a timeline seq, or none at all. */
export const LIVE_ONLY_EVENTS: readonly string[] = ['messagesRead', 'presence', 'token-expired', 'conduit_error'];

export const TIMELINE_EVENT_TYPES: readonly TimelineEventType[] = [
  'message',
  'message-edited',
  'message-deleted',
  'room-joined',
  'room-left',
  'room-renamed',
  'room-deleted',
  'member-role-changed',
  'room-settings-changed',
];

/**
 * One timeline event, discriminated by its type. Event types added to the
 * server later are delivered too, in their seq order, with their payload
 * as it came (check `type` before reading it).
 */
export type TimelineEvent = { [K in TimelineEventType]: { type: K; room: string; seq: number; payload: TimelineEvents[K] } }[TimelineEventType];

/** Someone is typing: sent as a `message` with contentType `typing`, never stored, no `_id` or `seq`. */
export interface TypingSignal {
  sender: string;
  content: string;
  contentType: 'typing';
  room: string;
  createdAt: string;
}

/** A member read a room up to `seq` (their read position, not a timeline seq). */
export interface MessagesRead {
  room: string;
  readBy: string;
  seq: number;
}

export interface TokenExpired {
  expiredAt: string;
  /** How long the router waits for `authenticate` before it disconnects. */
  graceMs: number;
}

export interface SocketErrorPayload {
  code: string;
  message: string;
  retryAfter?: number;
}

/** What `sync` [roomId, since] answers. */
export interface SyncAnswer {
  room: string;
  events: { type: TimelineEventType; seq: number; payload: unknown }[];
  /** History no longer covers `since`: what was missed cannot all be replayed. */
  gap: boolean;
  lastSeq: number;
  hasMore: boolean;
}

/** Events the routers emit to a socket. */
export interface ServerToClientEvents {
  message: (payload: ChatMessage | TypingSignal) => void;
  'message-edited': (payload: MessageEdited) => void;
  'message-deleted': (payload: MessageDeleted) => void;
  'room-joined': (payload: RoomJoined) => void;
  'room-left': (payload: RoomLeft) => void;
  'room-renamed': (payload: RoomRenamed) => void;
  'room-deleted': (payload: RoomDeleted) => void;
  'member-role-changed': (payload: MemberRoleChanged) => void;
  'room-settings-changed': (payload: RoomSettingsChanged) => void;
  messagesRead: (payload: MessagesRead) => void;
  presence: (payload: Presence) => void;
  'token-expired': (payload: TokenExpired) => void;
  conduit_error: (payload: SocketErrorPayload) => void;
}

type Ack<T> = (answer: T | { error: SocketErrorPayload }) => void;

/** A message as `send` emits it: the nonce makes a resend safe. */
export interface OutgoingMessage {
  content: string;
  nonce: string;
  contentType?: string;
  files?: string[];
}

/** Events a client emits, each with its ack. */
export interface ClientToServerEvents {
  message: (roomId: string, message: OutgoingMessage | string, ack: Ack<ChatMessage>) => void;
  typing: (roomId: string, ack: Ack<unknown>) => void;
  messagesRead: (roomId: string, ack: Ack<{ room: string; lastReadSeq: number }>) => void;
  sync: (roomId: string, since: number, ack: Ack<SyncAnswer>) => void;
  authenticate: (token: string, ack: Ack<{ userId: string; expiresAt: number }>) => void;
}
