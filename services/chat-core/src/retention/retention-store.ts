import type { Pool } from '@chat/common';

/** The SQL of the retention prunes; each method one short statement or transaction. */
export class RetentionStore {
  constructor(private readonly pool: Pool) {}

  /**
   * Deletes up to `batch` room events older than `days` (any room), with
   * their outbox rows (ON DELETE CASCADE); returns how many. Takes no room
   * row lock: appends only ever add newer events.
   */
  async pruneEvents(days: number, batch: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM chat.room_events
       WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM chat.room_events
         WHERE created_at < now() - make_interval(days => $1)
         LIMIT $2))`,
      [days, batch],
    );
    return rowCount ?? 0;
  }

  /** Rooms whose messages expire: their own setting, else `defaultDays` (undefined: only rooms with one). */
  async roomsWithRetention(defaultDays: number | undefined): Promise<{ roomId: string; days: number }[]> {
    const { rows } = await this.pool.query<{ id: string; days: number }>(
      `SELECT id, coalesce(message_retention_days, $1::int) AS days
       FROM chat.rooms
       WHERE coalesce(message_retention_days, $1::int) IS NOT NULL`,
      [defaultDays ?? null],
    );
    return rows.map((r) => ({ roomId: r.id, days: r.days }));
  }

  /**
   * One batch of a room's expired messages, oldest first: deletes up to
   * `batch` messages older than `days` and the room's events as old (the
   * timeline carries the messages' content too), then lowers the room's
   * message count. The room row is locked by that last UPDATE only, so
   * appends to the room wait at most for this commit. Returns how many
   * messages went and the highest seq among them.
   *
   * `afterSeq`: where the previous batch of this run ended. A room's
   * messages are timestamped in seq order, so nothing expired lies below
   * it; without it each batch walked the (room, seq) index from seq 1 over
   * every entry the batches before had deleted and no vacuum had yet
   * removed: 900,000 messages of a 1,000,000-message room took 169 s
   * (longest batch 568 ms) where they now take 33 s (173 ms;
   * docs/BENCHMARKS.md, services/chat-core/scripts/measure-prune.ts).
   */
  async pruneMessages(roomId: string, days: number, batch: number, afterSeq = 0): Promise<{ count: number; upTo: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ seq: string }>(
        `DELETE FROM chat.messages
         WHERE id = ANY(ARRAY(
           SELECT id FROM chat.messages
           WHERE room_id = $1 AND seq > $4 AND created_at < now() - make_interval(days => $2)
           ORDER BY seq
           LIMIT $3))
         RETURNING seq`,
        [roomId, days, batch, afterSeq],
      );
      const upTo = rows.reduce((max, r) => Math.max(max, Number(r.seq)), afterSeq);
      if (rows.length > 0) {
        await client.query(
          `DELETE FROM chat.room_events
           WHERE room_id = $1 AND seq > $4 AND seq <= $2 AND created_at < now() - make_interval(days => $3)`,
          [roomId, upTo, days, afterSeq],
        );
        await client.query(
          `UPDATE chat.rooms SET message_count = greatest(message_count - $2, 0) WHERE id = $1`,
          [roomId, rows.length],
        );
      }
      await client.query('COMMIT');
      return { count: rows.length, upTo };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** An admin's setting for the room; null: the deployment default. Returns false when there is no such live room. */
  async setRoomRetention(roomId: string, days: number | null): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE chat.rooms SET message_retention_days = $2 WHERE id = $1 AND deleted_at IS NULL`,
      [roomId, days],
    );
    return (rowCount ?? 0) > 0;
  }
}
