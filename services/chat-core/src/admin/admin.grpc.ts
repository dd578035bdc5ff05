import { notFound } from '@chat/common';
import type { Implementation } from '@chat/grpc';
import type { ChatCoreDefinition } from '@chat/grpc/generated/chat/core/v1/ChatCore.ts';
import type { MessageAdministration } from './message-administration.ts';
import { toProtoAdminRoom, toProtoEvent, toProtoMessage } from '../proto-mappers.ts';
import type { RoomAdministration } from './room-administration.ts';
import type { RoomGovernance } from '../rooms/room-governance.ts';
import { roomNotFound } from '../rooms/room.ts';
import { requireRetentionDays } from '../retention/retention-days.ts';
import type { RetentionStore } from '../retention/retention-store.ts';
import { requireUuid } from '../validation.ts';

export const ADMIN_RPCS = [
  'ListAllRooms',
  'AdminGetRoom',
  'AdminCreateRoom',
  'AdminDeleteRoom',
  'AdminAddParticipants',
  'AdminRemoveParticipant',
  'AdminListMessages',
  'AdminDeleteMessage',
  'AdminListEvents',
  'AdminSetMemberRole',
  'AdminSetRoomRetention',
] as const;
export type AdminRpcs = Pick<ChatCoreDefinition, (typeof ADMIN_RPCS)[number]>;

export interface AdminGrpcDeps {
  rooms: RoomAdministration;
  messages: MessageAdministration;
  governance: RoomGovernance;
  retention: Pick<RetentionStore, 'setRoomRetention'>;
}

/** The administration rpcs of ChatCore: converts messages, the services decide. */
export function adminGrpc({ rooms, messages, governance, retention }: AdminGrpcDeps): Implementation<AdminRpcs> {
  return {
    ListAllRooms: async (req) => {
      const r = await rooms.list({ search: req.search, skip: req.skip, limit: req.limit });
      return { rooms: r.rooms.map(toProtoAdminRoom), count: r.count };
    },
    AdminGetRoom: async (req) => toProtoAdminRoom(await rooms.get({ roomId: req.room_id })),
    AdminCreateRoom: async (req) =>
      toProtoAdminRoom(await rooms.create({ adminId: req.admin_id, name: req.name, userIds: req.user_ids })),
    AdminDeleteRoom: async (req) => {
      await rooms.delete({ adminId: req.admin_id, roomId: req.room_id });
      return {};
    },
    AdminAddParticipants: async (req) => {
      await rooms.addParticipants({ adminId: req.admin_id, roomId: req.room_id, userIds: req.user_ids });
      return {};
    },
    AdminRemoveParticipant: async (req) => {
      await rooms.removeParticipant({ adminId: req.admin_id, roomId: req.room_id, userId: req.user_id });
      return {};
    },
    AdminListMessages: async (req) => {
      const r = await messages.list({ roomId: req.room_id, limit: req.limit, beforeSeq: Number(req.before_seq) });
      return { messages: r.messages.map(toProtoMessage), count: r.count, last_seq: r.lastSeq };
    },
    AdminDeleteMessage: async (req) => {
      await messages.delete({ adminId: req.admin_id, messageId: req.message_id });
      return {};
    },
    AdminSetMemberRole: async (req) => {
      await governance.adminSetRole({ adminId: req.admin_id, roomId: req.room_id, userId: req.user_id, role: req.role });
      return {};
    },
    AdminSetRoomRetention: async (req) => {
      const roomId = requireUuid('room_id', req.room_id);
      const days = requireRetentionDays('days', req.days);
      if (!(await retention.setRoomRetention(roomId, days))) throw notFound(roomNotFound(roomId));
      return {};
    },
    AdminListEvents: async (req) => {
      const page = await messages.events({ roomId: req.room_id, since: Number(req.since), limit: req.limit });
      return { events: page.events.map(toProtoEvent), has_more: page.hasMore, gap: page.gap, last_seq: page.lastSeq };
    },
  };
}
