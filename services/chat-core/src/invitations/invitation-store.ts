import type { Queryable } from '../queryable.ts';
import type { Invitation } from './invitation.ts';

interface InvitationRow {
  id: string;
  room_id: string;
  room_name: string;
  inviter_id: string;
  invitee_id: string;
  created_at: Date;
}

const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  roomId: r.room_id,
  roomName: r.room_name,
  inviterId: r.inviter_id,
  inviteeId: r.invitee_id,
  createdAt: r.created_at,
});

/** Invitations to join a room, used when explicit room joins are on. */
export class InvitationStore {
  constructor(private readonly db: Queryable) {}

  async invitedAmong(roomId: string, userIds: string[]): Promise<Set<string>> {
    const { rows } = await this.db.query<{ invitee_id: string }>(
      `SELECT invitee_id FROM chat.invitations WHERE room_id = $1 AND invitee_id = ANY($2::uuid[])`,
      [roomId, userIds],
    );
    return new Set(rows.map((r) => r.invitee_id));
  }

  async insertMany(roomId: string, inviterId: string, inviteeIds: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO chat.invitations (room_id, inviter_id, invitee_id)
       SELECT $1, $2, u FROM unnest($3::uuid[]) AS u`,
      [roomId, inviterId, inviteeIds],
    );
  }

  async listForInvitee(userId: string): Promise<Invitation[]> {
    const { rows } = await this.db.query<InvitationRow>(
      `SELECT i.id, i.room_id, r.name AS room_name, i.inviter_id, i.invitee_id, i.created_at
       FROM chat.invitations i
       JOIN chat.rooms r ON r.id = i.room_id AND r.deleted_at IS NULL
       WHERE i.invitee_id = $1
       ORDER BY i.created_at, i.id`,
      [userId],
    );
    return rows.map(toInvitation);
  }

  async get(invitationId: string): Promise<Invitation | null> {
    const { rows } = await this.db.query<InvitationRow>(
      `SELECT i.id, i.room_id, r.name AS room_name, i.inviter_id, i.invitee_id, i.created_at
       FROM chat.invitations i
       JOIN chat.rooms r ON r.id = i.room_id AND r.deleted_at IS NULL
       WHERE i.id = $1`,
      [invitationId],
    );
    return rows[0] ? toInvitation(rows[0]) : null;
  }

  /** False when it was already gone (answered or cancelled concurrently). */
  async delete(invitationId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`DELETE FROM chat.invitations WHERE id = $1`, [invitationId]);
    return rowCount === 1;
  }
}
