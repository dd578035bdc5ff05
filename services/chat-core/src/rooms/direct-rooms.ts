import { forbidden, invalid } from '@chat/common';
import type { ChatDb } from '../stores.ts';
import { roomJoinedPayload } from '../timeline/room-event.ts';
import { requireExistingUsers, type UserDirectory } from '../users/user-directory.ts';
import { requireUuid } from '../validation.ts';
import type { Room } from './room.ts';
import type { RoomsService } from './rooms-service.ts';
import { appendRoomEvent } from '../timeline/append-room-event.ts';

/**
 * Direct rooms: one per pair of users, made on first use with both as
 * members. Someone who left it and opens it again rejoins the same room, so
 * the pair's history stays one.
 */
export class DirectRooms {
  constructor(private readonly deps: { db: ChatDb; directory: UserDirectory; rooms: RoomsService }) {}

  async open(input: { userId: string; otherId: string }): Promise<Room> {
    const userId = requireUuid('user_id', input.userId);
    const otherId = requireUuid('user_id', input.otherId);
    if (userId === otherId) throw invalid('userId: a direct room needs another user');
    await requireExistingUsers(this.deps.directory, [otherId]);
    if ((await this.deps.directory.blockedAmong(userId, [otherId])).size > 0) throw forbidden('you cannot open a direct room with this user');
    const key = [userId, otherId].sort().join(':');
    const roomId = await this.deps.db.transaction(async (tx) => {
      const { id } = await tx.rooms.insertDirect(key, userId);
      const room = (await tx.rooms.lockLive(id))!;
      const present = await tx.members.membersAmong(id, [userId, otherId]);
      const joining = [userId, otherId].filter((u) => !present.has(u));
      if (joining.length === 0) return id;
      await tx.members.addMembers(id, joining);
      await tx.members.logMembership(id, joining, present.size === 0 ? 'create' : 'join', userId);
      await appendRoomEvent(tx, id, userId, (seq) => ({ type: 'room-joined', payload: { ...roomJoinedPayload(id, room.name, joining, userId, seq), direct: true } }));
      return id;
    });
    return this.deps.rooms.get({ userId, roomId });
  }

  async share(input: { userId: string; otherId: string }): Promise<boolean> {
    const userId = requireUuid('user_id', input.userId);
    const otherId = requireUuid('other_id', input.otherId);
    return userId === otherId || this.deps.db.read.rooms.share(userId, otherId);
  }
}
