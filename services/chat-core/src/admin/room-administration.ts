import { conflict, containsPattern, invalid, notFound } from '@chat/common';
import type { ChatDb } from '../stores.ts';
import type { ChatCoreConfig } from '../config.ts';
import { roomDeletedPayload, roomJoinedPayload, roomLeftPayload } from '../timeline/room-event.ts';
import { afterMemberGone } from '../rooms/rooms-service.ts';
import { appendRoomEvent } from '../timeline/append-room-event.ts';
import { MAX_ROOM_NAME, roomNotFound } from '../rooms/room.ts';
import { requireExistingUsers, type UserDirectory } from '../users/user-directory.ts';
import { page, requireUserIds, requireUuid } from '../validation.ts';
import type { AdminRoom } from './admin-room.ts';
import type { AdminRoomStore } from './admin-room-store.ts';

export interface RoomAdministrationDeps {
  db: ChatDb;
  rooms: AdminRoomStore;
  directory: UserDirectory;
  limits: Pick<ChatCoreConfig['limits'], 'maxUsersPerRequest'>;
}

/**
 * What an admin does to rooms and memberships. No membership checks, but
 * every change is written as a user's would be: under the room lock, with
 * the membership log and a timeline event in the same transaction, so the
 * outbox publisher tells the room's sockets and seq stays gap-free.
 */
export class RoomAdministration {
  constructor(private readonly d: RoomAdministrationDeps) {}

  async list(input: { search: string; skip: number; limit: number }): Promise<{ rooms: AdminRoom[]; count: number }> {
    const { skip, limit } = page(input.skip, input.limit, { limit: 20, max: 100 });
    const pattern = containsPattern(input.search);
    const [rooms, count] = await Promise.all([this.d.rooms.list(pattern, skip, limit), this.d.rooms.count(pattern)]);
    return { rooms, count };
  }

  async get(input: { roomId: string }): Promise<AdminRoom> {
    const roomId = requireUuid('room_id', input.roomId);
    const room = await this.d.rooms.get(roomId);
    if (!room) throw notFound(roomNotFound(roomId));
    return room;
  }

  /** The first user listed is recorded as the creator: a room always has one, and the admin is not a participant. */
  async create(input: { adminId: string; name: string; userIds: string[] }): Promise<AdminRoom> {
    const adminId = requireUuid('admin_id', input.adminId);
    if (input.name.trim().length === 0 || input.name.length > MAX_ROOM_NAME) throw invalid(`name must be 1..${MAX_ROOM_NAME} characters`);
    const ids = requireUserIds('user_ids', input.userIds, this.d.limits.maxUsersPerRequest);
    await requireExistingUsers(this.d.directory, ids);
    const [creator, ...others] = ids as [string, ...string[]];
    const roomId = await this.d.db.transaction(async (tx) => {
      const id = await tx.rooms.insert(input.name, creator);
      await tx.members.addMembers(id, ids);
      await tx.members.logMembership(id, [creator], 'create', adminId);
      if (others.length > 0) await tx.members.logMembership(id, others, 'add', adminId);
      await appendRoomEvent(tx, id, adminId, (seq) => ({ type: 'room-joined', payload: roomJoinedPayload(id, input.name, ids, adminId, seq) }));
      return id;
    });
    return this.get({ roomId });
  }

  /** Marked deleted with its room-deleted event; without audit mode the publisher purges it once that event is out. */
  async delete(input: { adminId: string; roomId: string }): Promise<void> {
    const adminId = requireUuid('admin_id', input.adminId);
    const roomId = requireUuid('room_id', input.roomId);
    await this.d.db.transaction(async (tx) => {
      if (!(await tx.rooms.lockLive(roomId))) throw notFound(roomNotFound(roomId));
      await appendRoomEvent(tx, roomId, adminId, (seq) => ({ type: 'room-deleted', payload: roomDeletedPayload(roomId, seq) }));
      await tx.rooms.markDeleted(roomId);
    });
  }

  async addParticipants(input: { adminId: string; roomId: string; userIds: string[] }): Promise<void> {
    const adminId = requireUuid('admin_id', input.adminId);
    const roomId = requireUuid('room_id', input.roomId);
    const ids = requireUserIds('user_ids', input.userIds, this.d.limits.maxUsersPerRequest);
    if (!(await this.d.rooms.state(roomId))) throw notFound(roomNotFound(roomId));
    await requireExistingUsers(this.d.directory, ids);
    await this.d.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(roomId);
      if (!room) throw notFound(roomNotFound(roomId));
      const already = await tx.members.membersAmong(roomId, ids);
      if (already.size > 0) throw conflict(`users already in the room: ${ids.filter((id) => already.has(id)).join(', ')}`);
      await tx.members.addMembers(roomId, ids);
      await tx.members.logMembership(roomId, ids, 'add', adminId);
      await appendRoomEvent(tx, roomId, adminId, (seq) => ({ type: 'room-joined', payload: roomJoinedPayload(roomId, room.name, ids, adminId, seq) }));
    });
  }

  /** As the participant leaving would, plus `by`: the last one out deletes the room. */
  async removeParticipant(input: { adminId: string; roomId: string; userId: string }): Promise<void> {
    const adminId = requireUuid('admin_id', input.adminId);
    const roomId = requireUuid('room_id', input.roomId);
    const userId = requireUuid('user_id', input.userId);
    await this.d.db.transaction(async (tx) => {
      if (!(await tx.rooms.lockLive(roomId))) throw notFound(roomNotFound(roomId));
      if (!(await tx.members.removeMember(roomId, userId))) throw notFound(`user ${userId} is not a participant of room ${roomId}`);
      await tx.members.logMembership(roomId, [userId], 'remove', adminId);
      await appendRoomEvent(tx, roomId, adminId, (seq) => ({ type: 'room-left', payload: { ...roomLeftPayload(roomId, userId, seq), by: adminId } }));
      await afterMemberGone(tx, roomId, adminId);
    });
  }
}
