import { activeTraceparent, tracingOn } from '@chat/common';
import type { Queryable } from '../queryable.ts';
import type { NewRoomEvent, RoomEvent, RoomEventType } from '../timeline/room-event.ts';

interface EventRow {
  room_id: string;
  seq: string;
  type: RoomEventType;
  payload: Record<string, unknown>;
  actor_id: string | null;
  created_at: Date;
}

const toRoomEvent = (r: EventRow): RoomEvent => ({
  roomId: r.room_id,
  seq: Number(r.seq),
  type: r.type,
  payload: r.payload,
  actorId: r.actor_id,
  createdAt: r.created_at,
});

/**
 * The room event log: the timeline clients replay, and the outbox that
 * guarantees every committed event is published at least once.
 */
export class EventLog {
  /** What this store appended: on a transaction's client, the events its commit will publish. */
  readonly appended: NewRoomEvent[] = [];

  constructor(private readonly db: Queryable) {}

  /**
   * Appends events whose seqs the caller allocated in this transaction, and
   * queues each in chat.outbox in the same statement: if the commit's own
   * publish never happens, the recovery pass finds them there.
   */
  async append(events: NewRoomEvent[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map((e) => ({ room_id: e.roomId, seq: e.seq, type: e.type, payload: e.payload, actor_id: e.actorId }));
    await this.db.query(
      `WITH inserted AS (
         INSERT INTO chat.room_events (room_id, seq, type, payload, actor_id)
         SELECT e.room_id, e.seq, e.type, e.payload, e.actor_id
         FROM jsonb_to_recordset($1::jsonb) AS e(room_id uuid, seq bigint, type text, payload jsonb, actor_id uuid)
         RETURNING room_id, seq
       )
       INSERT INTO chat.outbox (room_id, seq) SELECT room_id, seq FROM inserted`,
      [JSON.stringify(rows)],
    );
    // Published after the commit, outside the request's context: each takes its trace along.
    if (tracingOn()) for (const e of events) e.traceparent ??= activeTraceparent();
    this.appended.push(...events);
  }

  /** Events another store's statement logged and queued in this transaction (the append path's one statement): published on commit like the rest. */
  appendedElsewhere(events: NewRoomEvent[]): void {
    this.appended.push(...events);
  }

  async since(roomId: string, since: number, limit: number): Promise<RoomEvent[]> {
    const { rows } = await this.db.query<EventRow>(
      `SELECT room_id, seq, type, payload, actor_id, created_at
       FROM chat.room_events
       WHERE room_id = $1 AND seq > $2
       ORDER BY seq
       LIMIT $3`,
      [roomId, since, limit],
    );
    return rows.map(toRoomEvent);
  }

  /** The largest seq the log holds for the room; null when it holds none. */
  async lastSeq(roomId: string): Promise<number | null> {
    const { rows } = await this.db.query<{ seq: string | null }>(`SELECT max(seq) AS seq FROM chat.room_events WHERE room_id = $1`, [roomId]);
    return rows[0]?.seq == null ? null : Number(rows[0].seq);
  }

  /** The smallest seq the log still holds for the room; null when it holds none. */
  async oldestSeq(roomId: string): Promise<number | null> {
    const { rows } = await this.db.query<{ seq: string | null }>(
      `SELECT min(seq) AS seq FROM chat.room_events WHERE room_id = $1`,
      [roomId],
    );
    return rows[0]?.seq == null ? null : Number(rows[0].seq);
  }

  /**
   * Queued events older than `olderThanMs`: those whose committing process
   * did not publish them (Redis failed it, or the process died after its
   * commit), each room's in seq order. LATERAL: one primary-key lookup per
   * queued event; a plain join let the planner walk room_events' whole index.
   */
  async unpublished(limit: number, olderThanMs: number): Promise<RoomEvent[]> {
    const { rows } = await this.db.query<EventRow>(
      `SELECT e.room_id, e.seq, e.type, e.payload, e.actor_id, e.created_at
       FROM (
         SELECT room_id, seq FROM chat.outbox
         WHERE queued_at < now() - make_interval(secs => $2)
         ORDER BY room_id, seq LIMIT $1
       ) o
       CROSS JOIN LATERAL (
         SELECT * FROM chat.room_events e WHERE e.room_id = o.room_id AND e.seq = o.seq
       ) e
       ORDER BY o.room_id, o.seq`,
      [limit, olderThanMs / 1000],
    );
    return rows.map(toRoomEvent);
  }

  /** Takes published events off the queue; their room_events rows stay as written. */
  async markPublished(events: Pick<RoomEvent, 'roomId' | 'seq'>[]): Promise<void> {
    await this.db.query(
      `DELETE FROM chat.outbox o
       USING unnest($1::uuid[], $2::bigint[]) AS p(room_id, seq)
       WHERE o.room_id = p.room_id AND o.seq = p.seq`,
      [events.map((e) => e.roomId), events.map((e) => e.seq)],
    );
  }

  /** A deleted message's text must not come back through since-replay of its original event. */
  async redactMessage(roomId: string, seq: number): Promise<void> {
    await this.db.query(
      `UPDATE chat.room_events
       SET payload = payload || '{"content": "", "files": [], "deleted": true}'::jsonb
       WHERE room_id = $1 AND seq = $2 AND type = 'message'`,
      [roomId, seq],
    );
  }
}
