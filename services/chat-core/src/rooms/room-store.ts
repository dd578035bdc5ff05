import type { Queryable } from '../queryable.ts';
import type { MemberRole, RoomRecord, WhoCanAdd } from './room.ts';

interface RoomRow {
  id: string;
  name: string;
  creator_id: string;
  participants: string[];
  roles: MemberRole[];
  direct: boolean;
  who_can_add: WhoCanAdd;
  last_seq: string;
  unread_count: string;
  created_at: Date;
  updated_at: Date;
}

const toRoomRecord = (r: RoomRow): RoomRecord => ({
  id: r.id,
  name: r.name,
  creatorId: r.creator_id,
  participants: r.participants,
  members: r.participants.map((userId, i) => ({ userId, role: r.roles[i] ?? 'member' })),
  direct: r.direct,
  whoCanAdd: r.who_can_add,
  lastSeq: Number(r.last_seq),
  unreadCount: Number(r.unread_count),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A live room locked for this transaction: its seq cannot move until commit. */
export interface LockedRoom {
  id: string;
  name: string;
  lastSeq: number;
  direct: boolean;
  whoCanAdd: WhoCanAdd;
  /** Taken after the lock, so timestamps follow seq order within a room. */
  now: Date;
}

export type MembershipAction = 'create' | 'join' | 'add' | 'remove' | 'leave';

// A room as its member sees it. Unread counting walks messages_room_live_seq_idx
// from the member's last read seq, so it costs what is unread, not the room's size.
const MEMBER_ROOM_SELECT = `
  SELECT r.id, r.name, r.creator_id, r.last_seq, r.created_at, r.updated_at,
         r.direct_key IS NOT NULL AS direct, r.who_can_add,
         ARRAY(SELECT p.user_id FROM chat.members p WHERE p.room_id = r.id ORDER BY p.joined_at, p.user_id) AS participants,
         ARRAY(SELECT p.role FROM chat.members p WHERE p.room_id = r.id ORDER BY p.joined_at, p.user_id) AS roles,
         (SELECT count(*) FROM chat.messages u
          WHERE u.room_id = r.id AND u.seq > mb.last_read_seq AND u.deleted_at IS NULL AND u.sender_id <> mb.user_id
         ) AS unread_count
  FROM chat.members mb
  JOIN chat.rooms r ON r.id = mb.room_id AND r.deleted_at IS NULL`;

/** Rooms, memberships and the membership log. */
export class RoomStore {
  constructor(private readonly db: Queryable) {}

  async insert(name: string, creatorId: string): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO chat.rooms (name, creator_id) VALUES ($1, $2) RETURNING id`,
      [name, creatorId],
    );
    return rows[0]!.id;
  }

  /** Serialises every writer of the room's timeline behind one row lock. */
  async lockLive(roomId: string): Promise<LockedRoom | null> {
    const { rows } = await this.db.query<{ id: string; name: string; last_seq: string; direct: boolean; who_can_add: WhoCanAdd; now: Date }>(
      `SELECT id, name, last_seq, direct_key IS NOT NULL AS direct, who_can_add, clock_timestamp() AS now
       FROM chat.rooms
       WHERE id = $1 AND deleted_at IS NULL
       FOR UPDATE`,
      [roomId],
    );
    const r = rows[0];
    return r ? { id: r.id, name: r.name, lastSeq: Number(r.last_seq), direct: r.direct, whoCanAdd: r.who_can_add, now: r.now } : null;
  }

  /** Takes the next `events` seqs and adjusts the live message counter; returns the new last seq. */
  async advance(roomId: string, events: number, messageDelta: number): Promise<number> {
    const { rows } = await this.db.query<{ last_seq: string }>(
      `UPDATE chat.rooms
       SET last_seq = last_seq + $2, message_count = message_count + $3, updated_at = now()
       WHERE id = $1
       RETURNING last_seq`,
      [roomId, events, messageDelta],
    );
    return Number(rows[0]!.last_seq);
  }

  async markDeleted(roomId: string): Promise<void> {
    await this.db.query(`UPDATE chat.rooms SET deleted_at = now() WHERE id = $1`, [roomId]);
  }

  /**
   * Removes rooms marked deleted whose every event has been published (their
   * room-deleted event must reach clients before the row, and with it the
   * event, disappears), with their membership log.
   */
  async purgeDeleted(): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `WITH gone AS (
         DELETE FROM chat.rooms r
         WHERE r.deleted_at IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM chat.outbox o WHERE o.room_id = r.id)
         RETURNING r.id
       ), log AS (
         DELETE FROM chat.membership_log l USING gone WHERE l.room_id = gone.id
       )
       SELECT id FROM gone`,
    );
    return rows.map((r) => r.id);
  }

  async isMember(roomId: string, userId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `SELECT 1
       FROM chat.members m
       JOIN chat.rooms r ON r.id = m.room_id AND r.deleted_at IS NULL
       WHERE m.room_id = $1 AND m.user_id = $2`,
      [roomId, userId],
    );
    return rowCount === 1;
  }

  /** The room's last seq, only for a participant of the live room. */
  async lastSeqForMember(roomId: string, userId: string): Promise<number | null> {
    const { rows } = await this.db.query<{ last_seq: string }>(
      `SELECT r.last_seq
       FROM chat.members m
       JOIN chat.rooms r ON r.id = m.room_id AND r.deleted_at IS NULL
       WHERE m.room_id = $1 AND m.user_id = $2`,
      [roomId, userId],
    );
    return rows[0] ? Number(rows[0].last_seq) : null;
  }

  async membersAmong(roomId: string, userIds: string[]): Promise<Set<string>> {
    const { rows } = await this.db.query<{ user_id: string }>(
      `SELECT user_id FROM chat.members WHERE room_id = $1 AND user_id = ANY($2::uuid[])`,
      [roomId, userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** The creator joins as the owner while the room has none (its creation); everyone else as a member. */
  async addMembers(roomId: string, userIds: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO chat.members (room_id, user_id, role)
       SELECT $1, u, CASE
                       WHEN u = r.creator_id AND NOT EXISTS (SELECT 1 FROM chat.members o WHERE o.room_id = $1 AND o.role = 'owner') THEN 'owner'
                       ELSE 'member'
                     END
       FROM unnest($2::uuid[]) AS u
       JOIN chat.rooms r ON r.id = $1`,
      [roomId, userIds],
    );
  }

  async removeMember(roomId: string, userId: string): Promise<boolean> {
    return (await this.removeMemberWithRole(roomId, userId)) !== null;
  }

  /** The role the removed member had; null when they were not a member. */
  async removeMemberWithRole(roomId: string, userId: string): Promise<MemberRole | null> {
    const { rows } = await this.db.query<{ role: MemberRole }>(
      `DELETE FROM chat.members WHERE room_id = $1 AND user_id = $2 RETURNING role`,
      [roomId, userId],
    );
    return rows[0]?.role ?? null;
  }

  /** The member's role in the live room; null for a non-member. */
  async roleOf(roomId: string, userId: string): Promise<MemberRole | null> {
    const { rows } = await this.db.query<{ role: MemberRole }>(
      `SELECT m.role
       FROM chat.members m
       JOIN chat.rooms r ON r.id = m.room_id AND r.deleted_at IS NULL
       WHERE m.room_id = $1 AND m.user_id = $2`,
      [roomId, userId],
    );
    return rows[0]?.role ?? null;
  }

  /** Never makes or unmakes the owner: false when the user is not a member or is the owner. */
  async setRole(roomId: string, userId: string, role: 'admin' | 'member'): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE chat.members SET role = $3 WHERE room_id = $1 AND user_id = $2 AND role <> 'owner'`,
      [roomId, userId, role],
    );
    return rowCount === 1;
  }

  /**
   * An owner who left hands the room on: to the longest-standing admin, or
   * else the longest-standing member. Returns the new owner, or null when the
   * room still has one or nobody is left.
   */
  async handOverOwnership(roomId: string): Promise<string | null> {
    const { rows } = await this.db.query<{ user_id: string }>(
      `UPDATE chat.members SET role = 'owner'
       WHERE room_id = $1
         AND NOT EXISTS (SELECT 1 FROM chat.members o WHERE o.room_id = $1 AND o.role = 'owner')
         AND user_id = (SELECT m.user_id FROM chat.members m WHERE m.room_id = $1 ORDER BY m.role = 'admin' DESC, m.joined_at, m.user_id LIMIT 1)
       RETURNING user_id`,
      [roomId],
    );
    return rows[0]?.user_id ?? null;
  }

  async rename(roomId: string, name: string): Promise<void> {
    await this.db.query(`UPDATE chat.rooms SET name = $2, updated_at = now() WHERE id = $1`, [roomId, name]);
  }

  async setWhoCanAdd(roomId: string, whoCanAdd: WhoCanAdd): Promise<void> {
    await this.db.query(`UPDATE chat.rooms SET who_can_add = $2, updated_at = now() WHERE id = $1`, [roomId, whoCanAdd]);
  }

  /**
   * The live direct room of the pair, made if there is none. Two first
   * calls at once: the second INSERT waits on rooms_direct_key_idx for the
   * first to commit, inserts nothing, and the SELECT (a new snapshot) finds it.
   */
  async insertDirect(directKey: string, creatorId: string): Promise<{ id: string; created: boolean }> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO chat.rooms (name, creator_id, direct_key) VALUES ('direct', $2, $1)
       ON CONFLICT (direct_key) WHERE direct_key IS NOT NULL AND deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [directKey, creatorId],
    );
    if (rows[0]) return { id: rows[0].id, created: true };
    const found = await this.db.query<{ id: string }>(`SELECT id FROM chat.rooms WHERE direct_key = $1 AND deleted_at IS NULL`, [directKey]);
    return { id: found.rows[0]!.id, created: false };
  }

  /** Whether the two share a live room. */
  async share(userId: string, otherId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `SELECT 1
       FROM chat.members a
       JOIN chat.members b ON b.room_id = a.room_id AND b.user_id = $2
       JOIN chat.rooms r ON r.id = a.room_id AND r.deleted_at IS NULL
       WHERE a.user_id = $1
       LIMIT 1`,
      [userId, otherId],
    );
    return rowCount === 1;
  }

  async countMembers(roomId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM chat.members WHERE room_id = $1`, [roomId]);
    return Number(rows[0]!.n);
  }

  async logMembership(roomId: string, userIds: string[], action: MembershipAction, actorId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO chat.membership_log (room_id, user_id, action, actor_id)
       SELECT $1, u, $3, $4 FROM unnest($2::uuid[]) AS u`,
      [roomId, userIds, action, actorId],
    );
  }

  async listForMember(userId: string, skip: number, limit: number): Promise<RoomRecord[]> {
    const { rows } = await this.db.query<RoomRow>(
      `${MEMBER_ROOM_SELECT}
       WHERE mb.user_id = $1
       ORDER BY r.updated_at DESC, r.id
       OFFSET $2 LIMIT $3`,
      [userId, skip, limit],
    );
    return rows.map(toRoomRecord);
  }

  async countForMember(userId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(
      `SELECT count(*) AS n
       FROM chat.members mb
       JOIN chat.rooms r ON r.id = mb.room_id AND r.deleted_at IS NULL
       WHERE mb.user_id = $1`,
      [userId],
    );
    return Number(rows[0]!.n);
  }

  async getForMember(roomId: string, userId: string): Promise<RoomRecord | null> {
    const { rows } = await this.db.query<RoomRow>(`${MEMBER_ROOM_SELECT} WHERE mb.user_id = $1 AND mb.room_id = $2`, [userId, roomId]);
    return rows[0] ? toRoomRecord(rows[0]) : null;
  }

  async idsForMember(userId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT r.id
       FROM chat.members mb
       JOIN chat.rooms r ON r.id = mb.room_id AND r.deleted_at IS NULL
       WHERE mb.user_id = $1
       ORDER BY r.id`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Read state only moves forward, and never past the room's last seq; 0
   * means "everything so far". Null when the user is not a member.
   */
  async markRead(roomId: string, userId: string, seq: number): Promise<number | null> {
    const { rows } = await this.db.query<{ last_read_seq: string }>(
      `UPDATE chat.members m
       SET last_read_seq = GREATEST(m.last_read_seq, LEAST(COALESCE(NULLIF($3::bigint, 0), r.last_seq), r.last_seq))
       FROM chat.rooms r
       WHERE r.id = m.room_id AND r.deleted_at IS NULL AND m.room_id = $1 AND m.user_id = $2
       RETURNING m.last_read_seq`,
      [roomId, userId, seq],
    );
    return rows[0] ? Number(rows[0].last_read_seq) : null;
  }

  /** Live messages of one room, or of all the user's rooms: the counter, not a count(*). */
  async messageCount(roomId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(`SELECT message_count AS n FROM chat.rooms WHERE id = $1`, [roomId]);
    return Number(rows[0]?.n ?? 0);
  }

  async messageCountForMember(userId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(
      `SELECT coalesce(sum(r.message_count), 0) AS n
       FROM chat.members mb
       JOIN chat.rooms r ON r.id = mb.room_id AND r.deleted_at IS NULL
       WHERE mb.user_id = $1`,
      [userId],
    );
    return Number(rows[0]!.n);
  }
}
