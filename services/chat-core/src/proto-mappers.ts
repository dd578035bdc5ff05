import type { AdminRoom as ProtoAdminRoom } from '@chat/grpc/generated/chat/core/v1/AdminRoom.ts';
import type { Invitation as ProtoInvitation } from '@chat/grpc/generated/chat/core/v1/Invitation.ts';
import type { Message as ProtoMessage } from '@chat/grpc/generated/chat/core/v1/Message.ts';
import type { Room as ProtoRoom } from '@chat/grpc/generated/chat/core/v1/Room.ts';
import type { RoomEvent as ProtoRoomEvent } from '@chat/grpc/generated/chat/core/v1/RoomEvent.ts';
import type { Delivery as ProtoDelivery } from '@chat/grpc/generated/chat/webhooks/v1/Delivery.ts';
import type { Endpoint as ProtoEndpoint } from '@chat/grpc/generated/chat/webhooks/v1/Endpoint.ts';
import type { AdminRoom } from './admin/admin-room.ts';
import type { Invitation } from './invitations/invitation.ts';
import type { Message } from './messages/message.ts';
import type { Room } from './rooms/room.ts';
import type { RoomEvent } from './timeline/room-event.ts';
import type { DeliveryRecord, WebhookEndpoint } from './webhooks/webhook-store.ts';

// Domain -> proto, every rpc's, in one place. int64 fields go out as numbers or strings (longs: String coming back).

export const toProtoMessage = (m: Message): ProtoMessage => ({
  id: m.id,
  room_id: m.roomId,
  sender_id: m.senderId,
  content: m.content,
  content_type: m.contentType,
  files: m.files,
  nonce: m.nonce ?? '',
  seq: m.seq,
  created_at: m.createdAt.toISOString(),
  updated_at: m.updatedAt.toISOString(),
});

export const toProtoRoom = (r: Room): ProtoRoom => ({
  id: r.id,
  name: r.name,
  creator_id: r.creatorId,
  participants: r.participants,
  members: r.members.map((m) => ({ user_id: m.userId, role: m.role })),
  direct: r.direct,
  who_can_add: r.whoCanAdd,
  last_seq: r.lastSeq,
  last_message: r.lastMessage ? toProtoMessage(r.lastMessage) : null,
  unread_count: r.unreadCount,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

export const toProtoEvent = (e: RoomEvent): ProtoRoomEvent => ({
  room_id: e.roomId,
  seq: e.seq,
  type: e.type,
  payload_json: JSON.stringify(e.payload),
  created_at: e.createdAt.toISOString(),
  actor_id: e.actorId ?? '',
});

export const toProtoInvitation = (i: Invitation): ProtoInvitation => ({
  id: i.id,
  room_id: i.roomId,
  room_name: i.roomName,
  inviter_id: i.inviterId,
  invitee_id: i.inviteeId,
  created_at: i.createdAt.toISOString(),
});

export const toProtoAdminRoom = (r: AdminRoom): ProtoAdminRoom => ({
  id: r.id,
  name: r.name,
  creator_id: r.creatorId,
  participants: r.participants,
  members: r.members.map((m) => ({ user_id: m.userId, role: m.role })),
  direct: r.direct,
  participant_count: r.participantCount,
  last_seq: r.lastSeq,
  message_count: r.messageCount,
  last_activity: r.lastActivity.toISOString(),
  created_at: r.createdAt.toISOString(),
});

export const toProtoEndpoint = (e: WebhookEndpoint, withSecret = false): ProtoEndpoint => ({
  id: e.id,
  url: e.url,
  event_types: e.eventTypes,
  secret: withSecret ? e.secret : '',
  previous_secret_until: e.previousSecretUntil && e.previousSecretUntil.getTime() > Date.now() ? e.previousSecretUntil.toISOString() : '',
  enabled: e.enabled,
  created_at: e.createdAt.toISOString(),
});

export const toProtoDelivery = (d: DeliveryRecord): ProtoDelivery => ({
  id: String(d.id),
  endpoint_id: d.endpointId,
  room_id: d.roomId,
  seq: String(d.seq),
  event_type: d.eventType,
  status: d.status,
  attempts: d.attempts,
  response_status: d.responseStatus ?? 0,
  error: d.error ?? '',
  updated_at: d.updatedAt.toISOString(),
});
