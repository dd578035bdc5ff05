import type { Pool } from '@chat/common';
import { toUser, type User, type UserRow } from './user-store.ts';

/** The SQL of auth.user_blocks. Ids reaching it are valid uuids already (the service checks). */
export class BlockStore {
  constructor(private readonly pool: Pool) {}

  /** False when the blocked user does not exist (the foreign key refused it). */
  async block(blockerId: string, blockedId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO auth.user_blocks (blocker_id, blocked_id)
       SELECT $1, u.id FROM auth.users u WHERE u.id = $2
       ON CONFLICT DO NOTHING`,
      [blockerId, blockedId],
    );
    if (rowCount === 1) return true;
    const { rowCount: exists } = await this.pool.query(`SELECT 1 FROM auth.users WHERE id = $1`, [blockedId]);
    return exists === 1;
  }

  /** False when the user does not exist; unblocking someone not blocked is no error. */
  async unblock(blockerId: string, blockedId: string): Promise<boolean> {
    await this.pool.query(`DELETE FROM auth.user_blocks WHERE blocker_id = $1 AND blocked_id = $2`, [blockerId, blockedId]);
    const { rowCount } = await this.pool.query(`SELECT 1 FROM auth.users WHERE id = $1`, [blockedId]);
    return rowCount === 1;
  }

  async blockedBy(blockerId: string): Promise<User[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT u.id, u.email, u.blocked, u.is_admin, u.created_at, u.updated_at, u.display_name, u.avatar_url
       FROM auth.user_blocks b
       JOIN auth.users u ON u.id = b.blocked_id
       WHERE b.blocker_id = $1
       ORDER BY b.created_at DESC, u.id`,
      [blockerId],
    );
    return rows.map(toUser);
  }

  /** Which of `others` the user blocked or was blocked by. */
  async between(userId: string, others: string[]): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT blocked_id AS id FROM auth.user_blocks WHERE blocker_id = $1 AND blocked_id = ANY($2::uuid[])
       UNION
       SELECT blocker_id AS id FROM auth.user_blocks WHERE blocked_id = $1 AND blocker_id = ANY($2::uuid[])`,
      [userId, others],
    );
    return rows.map((r) => r.id);
  }
}
