import type { Queryable } from '../db.ts';
import type { RoomRecord } from './room.ts';

interface RoomRow {
  id: string;
  name: string;
  creator_id: string;
  participants: string[];
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
  /** Taken after the lock, so timestamps follow seq order within a room. */
  now: Date;
}

export type MembershipAction = 'create' | 'join' | 'add' | 'remove' | 'leave';

// A room as its member sees it. Unread counting walks messages_room_live_seq_idx
// from the member's last read seq, so it costs what is unread, not the room's size.
const MEMBER_ROOM_SELECT = `
  SELECT r.id, r.name, r.creator_id, r.last_seq, r.created_at, r.updated_at,
         ARRAY(SELECT p.user_id FROM chat.members p WHERE p.room_id = r.id ORDER BY p.joined_at, p.user_id) AS participants,
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
    const { rows } = await this.db.query<{ id: string; name: string; last_seq: string; now: Date }>(
      `SELECT id, name, last_seq, clock_timestamp() AS now
       FROM chat.rooms
       WHERE id = $1 AND deleted_at IS NULL
       FOR UPDATE`,
      [roomId],
    );
    const r = rows[0];
    return r ? { id: r.id, name: r.name, lastSeq: Number(r.last_seq), now: r.now } : null;
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

  async addMembers(roomId: string, userIds: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO chat.members (room_id, user_id) SELECT $1, u FROM unnest($2::uuid[]) AS u`,
      [roomId, userIds],
    );
  }

  async removeMember(roomId: string, userId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`DELETE FROM chat.members WHERE room_id = $1 AND user_id = $2`, [roomId, userId]);
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
