import type { Message__Output } from '@chat/grpc/generated/chat/core/v1/Message.ts';
import type { Room__Output } from '@chat/grpc/generated/chat/core/v1/Room.ts';
import type { RoomEvent__Output } from '@chat/grpc/generated/chat/core/v1/RoomEvent.ts';
import type { Invitation__Output } from '@chat/grpc/generated/chat/core/v1/Invitation.ts';
import type { ListEventsResponse__Output } from '@chat/grpc/generated/chat/core/v1/ListEventsResponse.ts';

/**
 * The HTTP shapes of chat data. Messages and rooms keep the field names of
 * Conduit's chat module (`_id`, `message`, `messageType`, `senderUser`, ...)
 * so its clients work unchanged; `seq` is ours. gRPC's int64 strings become
 * numbers here: a room would need 2^53 events to lose precision.
 */
export function httpMessage(m: Message__Output) {
  return {
    _id: m.id,
    message: m.content,
    messageType: m.content_type,
    files: m.files,
    senderUser: m.sender_id,
    room: m.room_id,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    seq: Number(m.seq),
  };
}

export function httpRoom(r: Room__Output) {
  return {
    _id: r.id,
    name: r.name,
    creator: r.creator_id,
    participants: r.participants,
    lastMessage: r.last_message ? httpMessage(r.last_message) : null,
    unreadCount: Number(r.unread_count),
    lastSeq: Number(r.last_seq),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function httpEvent(e: RoomEvent__Output) {
  return { room: e.room_id, seq: Number(e.seq), type: e.type, payload: JSON.parse(e.payload_json) as unknown, createdAt: e.created_at };
}

/** One page of a room's timeline, a member's or an admin's. */
export function httpEventPage(r: ListEventsResponse__Output) {
  return { events: r.events.map(httpEvent), hasMore: r.has_more, gap: r.gap, lastSeq: Number(r.last_seq) };
}

export function httpInvitation(i: Invitation__Output) {
  return { _id: i.id, room: i.room_id, roomName: i.room_name, sender: i.inviter_id, receiver: i.invitee_id, createdAt: i.created_at };
}

// JSON schemas of the shapes above, for response serialisation and the OpenAPI description.
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;

// Every field is always there: `required` tells the OpenAPI description's readers (and the SDK's generated types) so.
export const messageSchema = {
  type: 'object',
  required: ['_id', 'message', 'messageType', 'files', 'senderUser', 'room', 'createdAt', 'updatedAt', 'seq'],
  properties: {
    _id: str,
    message: str,
    messageType: str,
    files: { type: 'array', items: str },
    senderUser: str,
    room: str,
    createdAt: str,
    updatedAt: str,
    seq: int,
  },
} as const;

export const roomSchema = {
  type: 'object',
  required: ['_id', 'name', 'creator', 'participants', 'lastMessage', 'unreadCount', 'lastSeq', 'createdAt', 'updatedAt'],
  properties: {
    _id: str,
    name: str,
    creator: str,
    participants: { type: 'array', items: str },
    lastMessage: { anyOf: [messageSchema, { type: 'null' }] },
    unreadCount: int,
    lastSeq: int,
    createdAt: str,
    updatedAt: str,
  },
} as const;

export const eventSchema = {
  type: 'object',
  required: ['room', 'seq', 'type', 'payload', 'createdAt'],
  properties: { room: str, seq: int, type: str, payload: { type: 'object', additionalProperties: true }, createdAt: str },
} as const;

/** One page of a room's timeline, for a member (GET /chat/rooms/{roomId}/events) and an admin (GET /admin/rooms/{id}/events). */
export const eventPageProperties = {
  events: { type: 'array', items: eventSchema },
  hasMore: { type: 'boolean' },
  gap: { type: 'boolean' },
  lastSeq: { type: 'integer' },
} as const;

export const invitationSchema = {
  type: 'object',
  required: ['_id', 'room', 'roomName', 'sender', 'receiver', 'createdAt'],
  properties: { _id: str, room: str, roomName: str, sender: str, receiver: str, createdAt: str },
} as const;
