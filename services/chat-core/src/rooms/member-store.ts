import type { Queryable } from '../queryable.ts';
import type { MemberRole } from './room.ts';

export type MembershipAction = 'create' | 'join' | 'add' | 'remove' | 'leave';

/** Who is in a room, with which role and read position, and the membership log. */
export class MemberStore {
  constructor(private readonly db: Queryable) {}

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
}
