import { socketMessage, socketTyping } from '@chat/common';
import type { Message, TypingSignal } from '../messages/message.ts';

export const ROOM_EVENT_TYPES = [
  'message',
  'message-edited',
  'message-deleted',
  'room-joined',
  'room-left',
  'room-renamed',
  'room-deleted',
  'member-role-changed',
  'room-settings-changed',
] as const;
export type RoomEventType = (typeof ROOM_EVENT_TYPES)[number];

/** One entry of a room's timeline; the payload is what socket clients receive. */
export interface RoomEvent {
  roomId: string;
  seq: number;
  type: RoomEventType;
  payload: Record<string, unknown>;
  actorId: string | null;
  createdAt: Date;
}

/**
 * An event about to be logged. `traceparent` (tracing on only) is the W3C
 * trace context of the request that made it, carried to the routers in its
 * envelope: never stored, never sent to clients.
 */
export type NewRoomEvent = Omit<RoomEvent, 'createdAt'> & { traceparent?: string };

// Payload builders: the socket contract (docs/ARCHITECTURE.md, "The contract with clients": Conduit's names plus seq)
// in one place. A message's shape is @chat/common's, which the router's acks use too.

export const messagePayload = (m: Message) => socketMessage({ ...m, createdAt: m.createdAt.toISOString() });

export const typingPayload = (t: TypingSignal) => socketTyping({ ...t, createdAt: t.createdAt.toISOString() });

export const messageEditedPayload = (m: Message, seq: number) => ({
  messageId: m.id,
  message: m.content,
  room: m.roomId,
  seq,
  updatedAt: m.updatedAt.toISOString(),
});

export const messageDeletedPayload = (messageId: string, room: string, seq: number) => ({ messageId, room, seq });

export const roomJoinedPayload = (room: string, roomName: string, users: string[], by: string, seq: number) => ({
  room,
  roomName,
  users,
  by,
  seq,
});

export const roomLeftPayload = (room: string, user: string, seq: number) => ({ room, user, seq });

/** A member removed by someone else: room-left, so every router takes their sockets out of the room at once. */
export const memberRemovedPayload = (room: string, user: string, by: string, seq: number) => ({ room, user, seq, by, removed: true });

export const roomRenamedPayload = (room: string, roomName: string, by: string, seq: number) => ({ room, roomName, by, seq });

export const memberRoleChangedPayload = (room: string, user: string, role: string, by: string, seq: number) => ({ room, user, role, by, seq });

export const roomSettingsChangedPayload = (room: string, whoCanAdd: string, by: string, seq: number) => ({ room, whoCanAdd, by, seq });

export const roomDeletedPayload = (room: string, seq: number) => ({ room, seq });

export const messagesReadPayload = (room: string, readBy: string, seq: number) => ({ room, readBy, seq });
