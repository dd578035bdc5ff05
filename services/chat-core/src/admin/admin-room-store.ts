import type { Queryable } from '../queryable.ts';
import type { AdminRoom } from './admin-room.ts';

interface AdminRoomRow {
  id: string;
  name: string;
  creator_id: string;
  participants: string[] | null;
  roles: string[] | null;
  direct: boolean;
  participant_count: string;
  last_seq: string;
  message_count: string;
  updated_at: Date;
  created_at: Date;
}

const toAdminRoom = (r: AdminRoomRow): AdminRoom => ({
  id: r.id,
  name: r.name,
  creatorId: r.creator_id,
  participants: r.participants ?? [],
  members: (r.participants ?? []).map((userId, i) => ({ userId, role: r.roles?.[i] ?? 'member' })),
  direct: r.direct,
  participantCount: Number(r.participant_count),
  lastSeq: Number(r.last_seq),
  messageCount: Number(r.message_count),
  lastActivity: r.updated_at,
  createdAt: r.created_at,
});

/**
 * The admin's reads across every live room. Listings walk
 * rooms_live_created_idx newest first; ordering by last activity instead
 * would need an index on updated_at, which every message rewrites.
 */
export class AdminRoomStore {
  constructor(private readonly db: Queryable) {}

  /** `pattern` is an ILIKE pattern over the name. */
  async list(pattern: string, skip: number, limit: number): Promise<AdminRoom[]> {
    const { rows } = await this.db.query<AdminRoomRow>(
      `SELECT r.id, r.name, r.creator_id, NULL AS participants, NULL AS roles, r.direct_key IS NOT NULL AS direct, r.last_seq, r.message_count, r.updated_at, r.created_at,
              (SELECT count(*) FROM chat.members m WHERE m.room_id = r.id) AS participant_count
       FROM chat.rooms r
       WHERE r.deleted_at IS NULL AND r.name ILIKE $1
       ORDER BY r.created_at DESC, r.id
       OFFSET $2 LIMIT $3`,
      [pattern, skip, limit],
    );
    return rows.map(toAdminRoom);
  }

  async count(pattern: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM chat.rooms WHERE deleted_at IS NULL AND name ILIKE $1`,
      [pattern],
    );
    return Number(rows[0]!.n);
  }

  async get(roomId: string): Promise<AdminRoom | null> {
    const { rows } = await this.db.query<AdminRoomRow>(
      `SELECT r.id, r.name, r.creator_id, r.last_seq, r.message_count, r.updated_at, r.created_at, r.direct_key IS NOT NULL AS direct,
              ARRAY(SELECT m.user_id FROM chat.members m WHERE m.room_id = r.id ORDER BY m.joined_at, m.user_id) AS participants,
              ARRAY(SELECT m.role FROM chat.members m WHERE m.room_id = r.id ORDER BY m.joined_at, m.user_id) AS roles,
              (SELECT count(*) FROM chat.members m WHERE m.room_id = r.id) AS participant_count
       FROM chat.rooms r
       WHERE r.id = $1 AND r.deleted_at IS NULL`,
      [roomId],
    );
    return rows[0] ? toAdminRoom(rows[0]) : null;
  }

  /** A live room's last seq and live message count; null when there is no such live room. */
  async state(roomId: string): Promise<{ lastSeq: number; messageCount: number } | null> {
    const { rows } = await this.db.query<{ last_seq: string; message_count: string }>(
      `SELECT last_seq, message_count FROM chat.rooms WHERE id = $1 AND deleted_at IS NULL`,
      [roomId],
    );
    return rows[0] ? { lastSeq: Number(rows[0].last_seq), messageCount: Number(rows[0].message_count) } : null;
  }
}
