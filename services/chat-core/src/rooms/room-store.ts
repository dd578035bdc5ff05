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

/** Rooms: creation, locks, seqs, settings, and rooms as their members list them (members: member-store.ts). */
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
