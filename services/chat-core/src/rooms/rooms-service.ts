import { conflict, forbidden, invalid, notFound } from '@chat/common';
import type { ChatDb, Tx } from '../stores.ts';
import type { ChatCoreConfig } from '../config.ts';
import { signalEnvelope, type EventBus } from '../events/event-bus.ts';
import {
  memberRoleChangedPayload,
  messagesReadPayload,
  roomDeletedPayload,
  roomJoinedPayload,
  roomLeftPayload,
} from '../timeline/room-event.ts';
import { appendRoomEvent } from '../timeline/append-room-event.ts';
import type { InvitationsService } from '../invitations/invitations-service.ts';
import { requireExistingUsers, requireNoBlocks, type UserDirectory } from '../users/user-directory.ts';
import { page, requireSeq, requireUserIds, requireUuid } from '../validation.ts';
import { MAX_ROOM_NAME, roomNotFound, type Room } from './room.ts';

export interface RoomsServiceDeps {
  db: ChatDb;
  directory: UserDirectory;
  bus: EventBus;
  invitations: InvitationsService;
  features: Pick<ChatCoreConfig['features'], 'explicitRoomJoins'>;
  limits: Pick<ChatCoreConfig['limits'], 'maxUsersPerRequest'>;
}

export function requireRoomName(name: string): string {
  if (name.trim().length === 0 || name.length > MAX_ROOM_NAME) throw invalid(`name must be 1..${MAX_ROOM_NAME} characters`);
  return name;
}

/**
 * After a member left or was removed, in the same transaction: an owner who
 * left hands the room on (member-role-changed), and the last one out
 * deletes it (room-deleted). Returns whether the room was deleted.
 */
export async function afterMemberGone(tx: Tx, roomId: string, actorId: string): Promise<boolean> {
  if ((await tx.members.countMembers(roomId)) === 0) {
    await appendRoomEvent(tx, roomId, actorId, (seq) => ({ type: 'room-deleted', payload: roomDeletedPayload(roomId, seq) }));
    await tx.rooms.markDeleted(roomId);
    return true;
  }
  const owner = await tx.members.handOverOwnership(roomId);
  if (owner) {
    await appendRoomEvent(tx, roomId, actorId, (seq) => ({ type: 'member-role-changed', payload: memberRoleChangedPayload(roomId, owner, 'owner', actorId, seq) }));
  }
  return false;
}

/** Nobody joins a direct room; with whoCanAdd `admins`, only the owner and admins add people. */
function requireMayAdd(room: Pick<Room, 'direct' | 'whoCanAdd' | 'members'>, actor: string): void {
  if (room.direct) throw forbidden('a direct room has its two members: nobody can be added');
  const role = room.members.find((m) => m.userId === actor)?.role;
  if (room.whoCanAdd === 'admins' && role === 'member') throw forbidden('only the owner and admins may add users to this room');
}

/** Rooms and memberships: who is in a room is decided here and nowhere else. */
export class RoomsService {
  constructor(private readonly deps: RoomsServiceDeps) {}

  /**
   * The creator is always a participant and their own id among the others is
   * ignored (the tutorial's contract). With explicit joins the others are
   * invited rather than added.
   */
  async create(input: { userId: string; name: string; userIds: string[] }): Promise<Room> {
    const creator = requireUuid('user_id', input.userId);
    const name = requireRoomName(input.name);
    const others = requireUserIds('user_ids', input.userIds, this.deps.limits.maxUsersPerRequest).filter((id) => id !== creator);
    await requireExistingUsers(this.deps.directory, others);
    await requireNoBlocks(this.deps.directory, creator, others);
    const explicit = this.deps.features.explicitRoomJoins;
    const joined = explicit ? [creator] : [creator, ...others];
    const roomId = await this.deps.db.transaction(async (tx) => {
      const id = await tx.rooms.insert(name, creator);
      await tx.members.addMembers(id, joined);
      await tx.members.logMembership(id, [creator], 'create', creator);
      if (!explicit && others.length > 0) await tx.members.logMembership(id, others, 'add', creator);
      if (explicit && others.length > 0) await tx.invitations.insertMany(id, creator, others);
      await appendRoomEvent(tx, id, creator, (seq) => ({ type: 'room-joined', payload: roomJoinedPayload(id, name, joined, creator, seq) }));
      return id;
    });
    return this.get({ userId: creator, roomId });
  }

  async addUsers(input: { userId: string; roomId: string; userIds: string[] }): Promise<{ invited: boolean }> {
    const actor = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const ids = requireUserIds('user_ids', input.userIds, this.deps.limits.maxUsersPerRequest);
    // Checked before asking auth, so a non-participant learns nothing about users either.
    const before = await this.deps.db.read.rooms.getForMember(roomId, actor);
    if (!before) throw notFound(roomNotFound(roomId));
    requireMayAdd(before, actor);
    await requireNoBlocks(this.deps.directory, actor, ids);
    if (this.deps.features.explicitRoomJoins) {
      await this.deps.invitations.invite({ inviterId: actor, roomId, inviteeIds: ids });
      return { invited: true };
    }
    await requireExistingUsers(this.deps.directory, ids);
    await this.deps.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(roomId);
      const role = room && (await tx.members.roleOf(roomId, actor));
      if (!room || !role) throw notFound(roomNotFound(roomId));
      requireMayAdd({ ...room, members: [{ userId: actor, role }] }, actor);
      const already = await tx.members.membersAmong(roomId, ids);
      if (already.size > 0) throw conflict(`users already in the room: ${ids.filter((id) => already.has(id)).join(', ')}`);
      await tx.members.addMembers(roomId, ids);
      await tx.members.logMembership(roomId, ids, 'add', actor);
      await appendRoomEvent(tx, roomId, actor, (seq) => ({ type: 'room-joined', payload: roomJoinedPayload(roomId, room.name, ids, actor, seq) }));
    });
    return { invited: false };
  }

  /**
   * The last participant leaving deletes the room. The room is only marked
   * here, in the same transaction as its room-deleted event; without audit
   * mode the publisher purges it once that event is out (a deleted row would
   * take its unpublished events with it).
   */
  async leave(input: { userId: string; roomId: string }): Promise<void> {
    const userId = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    await this.deps.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(roomId);
      if (!room || !(await tx.members.removeMember(roomId, userId))) throw notFound(roomNotFound(roomId));
      await tx.members.logMembership(roomId, [userId], 'leave', userId);
      await appendRoomEvent(tx, roomId, userId, (seq) => ({ type: 'room-left', payload: roomLeftPayload(roomId, userId, seq) }));
      await afterMemberGone(tx, roomId, userId);
    });
  }

  async list(input: { userId: string; skip: number; limit: number }): Promise<{ rooms: Room[]; count: number }> {
    const userId = requireUuid('user_id', input.userId);
    const { skip, limit } = page(input.skip, input.limit, { limit: 20, max: 100 });
    const { rooms, messages } = this.deps.db.read;
    const [records, count] = await Promise.all([rooms.listForMember(userId, skip, limit), rooms.countForMember(userId)]);
    const last = await messages.lastOfRooms(records.map((r) => r.id));
    return { rooms: records.map((r) => ({ ...r, lastMessage: last.get(r.id) ?? null })), count };
  }

  async get(input: { userId: string; roomId: string }): Promise<Room> {
    const userId = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const record = await this.deps.db.read.rooms.getForMember(roomId, userId);
    if (!record) throw notFound(roomNotFound(roomId));
    const last = await this.deps.db.read.messages.lastOfRooms([roomId]);
    return { ...record, lastMessage: last.get(roomId) ?? null };
  }

  async roomIdsOf(input: { userId: string }): Promise<string[]> {
    return this.deps.db.read.rooms.idsForMember(requireUuid('user_id', input.userId));
  }

  /** Read receipts are a live signal, not a timeline event: nothing goes to the event log. */
  async markRead(input: { userId: string; roomId: string; seq: number }): Promise<number> {
    const userId = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const seq = requireSeq('seq', input.seq);
    const lastRead = await this.deps.db.read.members.markRead(roomId, userId, seq);
    if (lastRead === null) throw notFound(roomNotFound(roomId));
    this.deps.bus.signal(signalEnvelope(roomId, 'messagesRead', messagesReadPayload(roomId, userId, lastRead), userId));
    return lastRead;
  }
}
