import { forbidden, invalid, notFound } from '@chat/common';
import type { ChatDb, Tx } from '../stores.ts';
import { memberRemovedPayload, memberRoleChangedPayload, roomRenamedPayload, roomSettingsChangedPayload } from '../timeline/room-event.ts';
import { requireUuid } from '../validation.ts';
import { roomNotFound, WHO_CAN_ADD, type MemberRole, type Room, type WhoCanAdd } from './room.ts';
import { afterMemberGone, requireRoomName, type RoomsService } from './rooms-service.ts';
import { appendRoomEvent } from '../timeline/append-room-event.ts';

const ASSIGNABLE = ['admin', 'member'] as const;
type AssignableRole = (typeof ASSIGNABLE)[number];

function requireRole(value: string): AssignableRole {
  if (!(ASSIGNABLE as readonly string[]).includes(value)) throw invalid(`role must be one of ${ASSIGNABLE.join(', ')}`);
  return value as AssignableRole;
}

function requireWhoCanAdd(value: string): WhoCanAdd {
  if (!(WHO_CAN_ADD as readonly string[]).includes(value)) throw invalid(`whoCanAdd must be one of ${WHO_CAN_ADD.join(', ')}`);
  return value as WhoCanAdd;
}

/** The actor's role under the room lock; NOT_FOUND for a non-member, as everywhere, so the room does not leak. */
async function lockForMember(tx: Tx, roomId: string, actor: string): Promise<MemberRole> {
  const room = await tx.rooms.lockLive(roomId);
  const role = room && (await tx.members.roleOf(roomId, actor));
  if (!room || !role) throw notFound(roomNotFound(roomId));
  if (room.direct) throw forbidden('a direct room has no roles, name or settings to change');
  return role;
}

/**
 * Who may do what in a room: the owner (its creator) everything, admins
 * rename and remove members, members neither. Every change is a timeline
 * event in the change's transaction, so `since` replays it.
 */
export class RoomGovernance {
  constructor(private readonly deps: { db: ChatDb; rooms: RoomsService }) {}

  /** A new name (owner, admin) emits room-renamed; a new whoCanAdd (owner) room-settings-changed. */
  async update(input: { userId: string; roomId: string; name?: string; whoCanAdd?: string }): Promise<Room> {
    const actor = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const name = input.name === undefined ? undefined : requireRoomName(input.name);
    const whoCanAdd = input.whoCanAdd === undefined ? undefined : requireWhoCanAdd(input.whoCanAdd);
    if (name === undefined && whoCanAdd === undefined) throw invalid('name or whoCanAdd is required');
    await this.deps.db.transaction(async (tx) => {
      const role = await lockForMember(tx, roomId, actor);
      if (role === 'member') throw forbidden('only the owner and admins may change the room');
      if (whoCanAdd !== undefined && role !== 'owner') throw forbidden('only the owner may change whoCanAdd');
      if (name !== undefined) {
        await tx.rooms.rename(roomId, name);
        await appendRoomEvent(tx, roomId, actor, (seq) => ({ type: 'room-renamed', payload: roomRenamedPayload(roomId, name, actor, seq) }));
      }
      if (whoCanAdd !== undefined) {
        await tx.rooms.setWhoCanAdd(roomId, whoCanAdd);
        await appendRoomEvent(tx, roomId, actor, (seq) => ({ type: 'room-settings-changed', payload: roomSettingsChangedPayload(roomId, whoCanAdd, actor, seq) }));
      }
    });
    return this.deps.rooms.get({ userId: actor, roomId });
  }

  /** The owner makes a member an admin, or an admin a member again. */
  async setRole(input: { userId: string; roomId: string; memberId: string; role: string }): Promise<void> {
    const actor = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const memberId = requireUuid('member_id', input.memberId);
    const role = requireRole(input.role);
    await this.deps.db.transaction(async (tx) => {
      const actorRole = await lockForMember(tx, roomId, actor);
      if (actorRole !== 'owner') throw forbidden('only the owner may change roles');
      await this.changeRole(tx, roomId, memberId, role, actor);
    });
  }

  /** An admin of the service, from the admin panel: any member but the owner. */
  async adminSetRole(input: { adminId: string; roomId: string; userId: string; role: string }): Promise<void> {
    const adminId = requireUuid('admin_id', input.adminId);
    const roomId = requireUuid('room_id', input.roomId);
    const memberId = requireUuid('user_id', input.userId);
    const role = requireRole(input.role);
    await this.deps.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(roomId);
      if (!room) throw notFound(roomNotFound(roomId));
      if (room.direct) throw forbidden('a direct room has no roles to change');
      await this.changeRole(tx, roomId, memberId, role, adminId);
    });
  }

  /** Owner or admin; never the owner. The member's sockets leave the room with the room-left event. */
  async remove(input: { userId: string; roomId: string; memberId: string }): Promise<void> {
    const actor = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const memberId = requireUuid('member_id', input.memberId);
    await this.deps.db.transaction(async (tx) => {
      const actorRole = await lockForMember(tx, roomId, actor);
      if (actorRole === 'member') throw forbidden('only the owner and admins may remove members');
      if (memberId === actor) throw invalid('member_id: to leave a room, use leave');
      const target = await tx.members.roleOf(roomId, memberId);
      if (!target) throw notFound(`user ${memberId} is not a member of room ${roomId}`);
      if (target === 'owner') throw forbidden("the room's owner cannot be removed");
      await tx.members.removeMember(roomId, memberId);
      await tx.members.logMembership(roomId, [memberId], 'remove', actor);
      await appendRoomEvent(tx, roomId, actor, (seq) => ({ type: 'room-left', payload: memberRemovedPayload(roomId, memberId, actor, seq) }));
      await afterMemberGone(tx, roomId, actor);
    });
  }

  private async changeRole(tx: Tx, roomId: string, memberId: string, role: AssignableRole, actor: string): Promise<void> {
    const current = await tx.members.roleOf(roomId, memberId);
    if (!current) throw notFound(`user ${memberId} is not a member of room ${roomId}`);
    if (current === 'owner') throw forbidden("the owner's role cannot be changed");
    if (current === role) return;
    await tx.members.setRole(roomId, memberId, role);
    await appendRoomEvent(tx, roomId, actor, (seq) => ({ type: 'member-role-changed', payload: memberRoleChangedPayload(roomId, memberId, role, actor, seq) }));
  }
}
