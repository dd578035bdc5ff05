import type { Queryable } from '../queryable.ts';
import type { Message, ContentType } from './message.ts';

interface MessageRow {
  id: string;
  room_id: string;
  seq: string;
  sender_id: string;
  content: string;
  content_type: ContentType;
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

/** One message of an append batch: its id is chosen by the caller, its seq by the statement. */
export interface AppendItem {
  id: string;
  roomId: string;
  senderId: string;
  content: string;
  contentType: ContentType;
  files: string[];
  nonce: string | null;
}

/** What the append statement did with one item; `holder` is the stored message whose nonce a 'taken' item repeats. */
export interface AppendRow {
  outcome: 'stored' | 'not_found' | 'taken';
  seq: number;
  createdAt: Date;
  holder: Message | null;
}

interface AppendRowData {
  i: number;
  outcome: AppendRow['outcome'];
  seq: string | null;
  created_at: Date;
  holder: (Omit<MessageRow, 'created_at' | 'updated_at' | 'seq'> & { seq: number; created_at: string; updated_at: string }) | null;
  executed_ms: string;
}

/** The holder row as to_jsonb wrote it: timestamps arrive as text. */
const heldMessage = (h: NonNullable<AppendRowData['holder']>): Message =>
  toMessage({ ...h, seq: String(h.seq), created_at: new Date(h.created_at), updated_at: new Date(h.updated_at) });

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
   * Writes a batch of messages, from any number of rooms, in one statement
   * that commits by itself (chat.append_messages, migration 0005): the rooms'
   * row locks, the membership and nonce checks, the messages with each
   * room's next consecutive seqs, the rooms' last_seq and message_count, and
   * each message's 'message' event, logged and queued in the outbox. One
   * round trip per batch, on a client outside any transaction. Rows come
   * back in the order given.
   */
  async appendMessages(items: AppendItem[]): Promise<{ rows: AppendRow[]; executedMs: number }> {
    const batch = items.map((m, i) => ({
      i,
      id: m.id,
      room_id: m.roomId,
      sender_id: m.senderId,
      content: m.content,
      content_type: m.contentType,
      files: m.files,
      nonce: m.nonce,
    }));
    const { rows } = await this.db.query<AppendRowData>(
      named('chat_append_messages', `SELECT i, outcome, seq, created_at, holder, EXTRACT(EPOCH FROM executed_for) * 1000 AS executed_ms
       FROM chat.append_messages($1::jsonb)`),
      [JSON.stringify(batch)],
    );
    return {
      rows: rows.map((r) => ({
        outcome: r.outcome,
        seq: r.seq === null ? 0 : Number(r.seq),
        createdAt: r.created_at,
        holder: r.holder === null ? null : heldMessage(r.holder),
      })),
      executedMs: Number(rows[0]?.executed_ms ?? 0),
    };
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
