import type { Queryable } from '../db.ts';
import type { Message, StoredContentType } from './message.ts';

interface MessageRow {
  id: string;
  room_id: string;
  seq: string;
  sender_id: string;
  content: string;
  content_type: StoredContentType;
  files: string[];
  nonce: string | null;
  created_at: Date;
  updated_at: Date;
}

const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  roomId: r.room_id,
  senderId: r.sender_id,
  content: r.content,
  contentType: r.content_type,
  files: r.files,
  nonce: r.nonce,
  seq: Number(r.seq),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A statement each connection prepares once (the append path's, run for every batch). */
const named = (name: string, text: string) => ({ name, text });

/** The largest bigint: "no upper bound" for a seq range, so every range query has the same index-friendly shape. */
const MAX_SEQ = '9223372036854775807';

// The same statement twice, differing only in the walk's direction, so each stays literal SQL.
// The outer ORDER BY repeats the inner one: a join's output order is not guaranteed otherwise.
const PAGE_FOR_MEMBER_NEWEST_FIRST = `
  SELECT r.message_count, m.id, m.room_id, m.seq, m.sender_id, m.content, m.content_type, m.files, m.nonce, m.created_at, m.updated_at
  FROM chat.rooms r
  JOIN chat.members mb ON mb.room_id = r.id AND mb.user_id = $2
  LEFT JOIN LATERAL (
    SELECT * FROM chat.messages x
    WHERE x.room_id = r.id AND x.deleted_at IS NULL AND x.seq < $3 AND x.seq > $4
    ORDER BY x.seq DESC
    OFFSET $5 LIMIT $6
  ) m ON true
  WHERE r.id = $1 AND r.deleted_at IS NULL
  ORDER BY m.seq DESC`;

const PAGE_FOR_MEMBER_OLDEST_FIRST = `
  SELECT r.message_count, m.id, m.room_id, m.seq, m.sender_id, m.content, m.content_type, m.files, m.nonce, m.created_at, m.updated_at
  FROM chat.rooms r
  JOIN chat.members mb ON mb.room_id = r.id AND mb.user_id = $2
  LEFT JOIN LATERAL (
    SELECT * FROM chat.messages x
    WHERE x.room_id = r.id AND x.deleted_at IS NULL AND x.seq < $3 AND x.seq > $4
    ORDER BY x.seq ASC
    OFFSET $5 LIMIT $6
  ) m ON true
  WHERE r.id = $1 AND r.deleted_at IS NULL
  ORDER BY m.seq ASC`;

export interface SeqRange {
  /** Exclusive bounds; null when unset. */
  beforeSeq: number | null;
  afterSeq: number | null;
}

export class MessageStore {
  constructor(private readonly db: Queryable) {}

  /**
   * The append path's room locks, many rooms in one statement. Rows are
   * locked in id order, so two batches sharing rooms (two chat-core
   * processes) wait for each other instead of deadlocking; every other
   * writer locks a single room. Deleted rooms are left out.
   */
  async lockLiveRooms(roomIds: string[]): Promise<Map<string, number>> {
    const { rows } = await this.db.query<{ id: string; last_seq: string }>(
      named('chat_lock_live_rooms', `SELECT id, last_seq
       FROM chat.rooms
       WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL
       ORDER BY id
       FOR UPDATE`),
      [roomIds],
    );
    return new Map(rows.map((r) => [r.id, Number(r.last_seq)]));
  }

  /**
   * For each would-be message: is its sender a participant, and is its nonce
   * already stored? Run after lockLiveRooms: under read committed this
   * statement's snapshot sees every insert of a room committed before its
   * lock was granted, and none can follow while it is held, so the answer is
   * exact. `now` is taken here too, after the locks, so timestamps follow seq
   * order within a room.
   */
  async checkSenders(keys: { roomId: string; senderId: string; nonce: string | null }[]): Promise<{ now: Date; member: boolean[]; taken: boolean[] }> {
    const { rows } = await this.db.query<{ i: string; member: boolean; taken: boolean; now: Date }>(
      named('chat_check_senders', `SELECT k.i, mb.user_id IS NOT NULL AS member, x.id IS NOT NULL AS taken, clock_timestamp() AS now
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) WITH ORDINALITY AS k(room_id, sender_id, nonce, i)
       LEFT JOIN chat.members mb ON mb.room_id = k.room_id AND mb.user_id = k.sender_id
       LEFT JOIN chat.messages x ON x.room_id = k.room_id AND x.sender_id = k.sender_id AND x.nonce = k.nonce
       ORDER BY k.i`),
      [keys.map((k) => k.roomId), keys.map((k) => k.senderId), keys.map((k) => k.nonce)],
    );
    return { now: rows[0]?.now ?? new Date(), member: rows.map((r) => r.member), taken: rows.map((r) => r.taken) };
  }

  /**
   * Inserts messages with the consecutive seqs the caller took under the room
   * locks, moves each room's last_seq and message_count past them, and logs
   * each one's 'message' event (`payloads[i]`, the sender as actor) and
   * queues it in the outbox, in one statement: one round trip per batch for
   * all of it. No ON CONFLICT: checkSenders has excluded stored nonces, so a
   * unique violation here means that promise broke and the whole batch must
   * roll back rather than leave a gap in the seqs.
   */
  async insertLogAndAdvance(messages: Message[], payloads: Record<string, unknown>[]): Promise<void> {
    const rows = messages.map((m, i) => ({
      id: m.id,
      room_id: m.roomId,
      seq: m.seq,
      sender_id: m.senderId,
      content: m.content,
      content_type: m.contentType,
      files: m.files,
      nonce: m.nonce,
      created_at: m.createdAt.toISOString(),
      payload: payloads[i],
    }));
    const { rows: counts } = await this.db.query<{ inserted: string; rooms: string; queued: string }>(
      named('chat_insert_log_and_advance', `WITH m AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS m(id uuid, room_id uuid, seq bigint, sender_id uuid, content text, content_type text, files text[], nonce text, created_at timestamptz, payload jsonb)
       ),
       inserted AS (
         INSERT INTO chat.messages (id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at)
         SELECT id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, created_at FROM m
         RETURNING 1
       ),
       advanced AS (
         UPDATE chat.rooms r
         SET last_seq = r.last_seq + c.n, message_count = r.message_count + c.n, updated_at = now()
         FROM (SELECT room_id, count(*) AS n FROM m GROUP BY room_id) c
         WHERE r.id = c.room_id
         RETURNING 1
       ),
       logged AS (
         INSERT INTO chat.room_events (room_id, seq, type, payload, actor_id)
         SELECT room_id, seq, 'message', payload, sender_id FROM m
         RETURNING room_id, seq
       ),
       queued AS (
         INSERT INTO chat.outbox (room_id, seq) SELECT room_id, seq FROM logged
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM inserted) AS inserted, (SELECT count(*) FROM advanced) AS rooms, (SELECT count(*) FROM queued) AS queued`),
      [JSON.stringify(rows)],
    );
    const rooms = new Set(messages.map((m) => m.roomId)).size;
    const { inserted, rooms: advanced, queued } = counts[0]!;
    if (Number(inserted) !== messages.length || Number(advanced) !== rooms || Number(queued) !== messages.length) {
      throw new Error(`append: ${inserted} of ${messages.length} messages, ${queued} events and ${advanced} of ${rooms} rooms written`);
    }
  }

  /** The stored messages holding these nonces (deleted ones too: their nonce stays taken in audit mode). */
  async findByNonces(roomId: string, keys: { senderId: string; nonce: string }[]): Promise<Message[]> {
    const { rows } = await this.db.query<MessageRow>(
      `SELECT m.id, m.room_id, m.seq, m.sender_id, m.content, m.content_type, m.files, m.nonce, m.created_at, m.updated_at
       FROM unnest($2::uuid[], $3::text[]) AS k(sender_id, nonce)
       JOIN chat.messages m ON m.room_id = $1 AND m.sender_id = k.sender_id AND m.nonce = k.nonce`,
      [roomId, keys.map((k) => k.senderId), keys.map((k) => k.nonce)],
    );
    return rows.map(toMessage);
  }

  /** A live message, only if the user is a participant of its live room. */
  async getForMember(messageId: string, userId: string): Promise<Message | null> {
    const { rows } = await this.db.query<MessageRow>(
      `SELECT m.id, m.room_id, m.seq, m.sender_id, m.content, m.content_type, m.files, m.nonce, m.created_at, m.updated_at
       FROM chat.messages m
       JOIN chat.members mb ON mb.room_id = m.room_id AND mb.user_id = $2
       JOIN chat.rooms r ON r.id = m.room_id AND r.deleted_at IS NULL
       WHERE m.id = $1 AND m.deleted_at IS NULL`,
      [messageId, userId],
    );
    return rows[0] ? toMessage(rows[0]) : null;
  }

  /** Re-read under the room lock, so an edit or delete cannot race another delete. */
  async getLive(messageId: string): Promise<Message | null> {
    const { rows } = await this.db.query<MessageRow>(
      `SELECT id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at
       FROM chat.messages
       WHERE id = $1 AND deleted_at IS NULL`,
      [messageId],
    );
    return rows[0] ? toMessage(rows[0]) : null;
  }

  async updateContent(messageId: string, content: string, at: Date): Promise<Message> {
    const { rows } = await this.db.query<MessageRow>(
      `UPDATE chat.messages SET content = $2, updated_at = $3
       WHERE id = $1
       RETURNING id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at`,
      [messageId, content, at],
    );
    return toMessage(rows[0]!);
  }

  async delete(messageId: string): Promise<void> {
    await this.db.query(`DELETE FROM chat.messages WHERE id = $1`, [messageId]);
  }

  /** Audit mode: the row and its text stay for the record; history no longer shows it. */
  async markDeleted(messageId: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE chat.messages SET deleted_at = $2, updated_at = $2 WHERE id = $1`, [messageId, at]);
  }

  /**
   * One room's page, newest first, walking messages_room_live_seq_idx
   * backwards from `before` (or from the newest message).
   */
  async pageNewestFirst(roomId: string, range: SeqRange, skip: number, limit: number): Promise<Message[]> {
    const { rows } = await this.db.query<MessageRow>(
      `SELECT id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at
       FROM chat.messages
       WHERE room_id = $1 AND deleted_at IS NULL AND seq < $2 AND seq > $3
       ORDER BY seq DESC
       OFFSET $4 LIMIT $5`,
      [roomId, range.beforeSeq ?? MAX_SEQ, range.afterSeq ?? 0, skip, limit],
    );
    return rows.map(toMessage);
  }

  /**
   * A room's page for one of its participants, with the room's message count,
   * in one round trip: null when the user is no participant of a live room.
   * Membership, count and page were three sequential queries, and on a busy
   * two-core machine each round trip through the event loops cost more than
   * the index walk itself (docs/BENCHMARKS.md, "History page").
   */
  async pageInRoomForMember(
    roomId: string,
    userId: string,
    range: SeqRange,
    skip: number,
    limit: number,
    walk: 'newest-first' | 'oldest-first',
  ): Promise<{ count: number; messages: Message[] } | null> {
    const params = [roomId, userId, range.beforeSeq ?? MAX_SEQ, range.afterSeq ?? 0, skip, limit];
    const { rows } = await this.db.query<{ message_count: string } & Partial<MessageRow>>(
      walk === 'newest-first' ? PAGE_FOR_MEMBER_NEWEST_FIRST : PAGE_FOR_MEMBER_OLDEST_FIRST,
      params,
    );
    if (rows.length === 0) return null;
    // An empty page still yields the room's row, with every message column null.
    const messages = rows.filter((r) => r.id != null).map((r) => toMessage(r as MessageRow));
    return { count: Number(rows[0]!.message_count), messages };
  }

  /**
   * Newest first across every room of the user: each room contributes at
   * most skip+limit of its newest messages through its (room, seq) index,
   * and only those are merged, so no scan of whole rooms.
   */
  async pageForMember(userId: string, skip: number, limit: number): Promise<Message[]> {
    const { rows } = await this.db.query<MessageRow>(
      `SELECT m.id, m.room_id, m.seq, m.sender_id, m.content, m.content_type, m.files, m.nonce, m.created_at, m.updated_at
       FROM chat.members mb
       JOIN chat.rooms r ON r.id = mb.room_id AND r.deleted_at IS NULL
       CROSS JOIN LATERAL (
         SELECT * FROM chat.messages x
         WHERE x.room_id = mb.room_id AND x.deleted_at IS NULL
         ORDER BY x.seq DESC
         LIMIT $2::int + $3::int
       ) m
       WHERE mb.user_id = $1
       ORDER BY m.created_at DESC, m.room_id, m.seq DESC
       OFFSET $2 LIMIT $3`,
      [userId, skip, limit],
    );
    return rows.map(toMessage);
  }

  /** The newest live message of each room, for room listings. */
  async lastOfRooms(roomIds: string[]): Promise<Map<string, Message>> {
    const { rows } = await this.db.query<MessageRow>(
      `SELECT m.id, m.room_id, m.seq, m.sender_id, m.content, m.content_type, m.files, m.nonce, m.created_at, m.updated_at
       FROM unnest($1::uuid[]) AS r(id)
       CROSS JOIN LATERAL (
         SELECT * FROM chat.messages x
         WHERE x.room_id = r.id AND x.deleted_at IS NULL
         ORDER BY x.seq DESC
         LIMIT 1
       ) m`,
      [roomIds],
    );
    return new Map(rows.map((r) => [r.room_id, toMessage(r)]));
  }
}
