// Scenario 2's other half: what the clients were told is what Postgres holds.
// Read straight from the bench's own database after the fan-out, with SQL a
// reviewer can check against the chat migration.
import { createPool } from '@chat/common';

export interface StoredCheck {
  /** Acknowledged messages looked up. */
  checked: number;
  roomsChecked: number;
  problems: string[];
}

const MAX_LISTED = 10;

export async function checkStored(databaseUrl: string, acked: Array<[string, string, number]>, roomIds: string[]): Promise<StoredCheck> {
  const pool = createPool(databaseUrl, 1);
  const problems: string[] = [];
  try {
    // Every acknowledged message is stored exactly once, under the seq its ack named.
    const { rows: wrong } = await pool.query<{ room: string; nonce: string; seq: string; stored: string; stored_seq: string | null }>(
      `SELECT a.room, a.nonce, a.seq, count(m.id) AS stored, min(m.seq) AS stored_seq
         FROM unnest($1::uuid[], $2::text[], $3::bigint[]) AS a(room, nonce, seq)
         LEFT JOIN chat.messages m ON m.room_id = a.room AND m.nonce = a.nonce
        GROUP BY a.room, a.nonce, a.seq
       HAVING count(m.id) <> 1 OR min(m.seq) <> a.seq`,
      [acked.map((a) => a[0]), acked.map((a) => a[1]), acked.map((a) => a[2])],
    );
    for (const w of wrong.slice(0, MAX_LISTED)) {
      problems.push(`acknowledged ${w.nonce} (room ${w.room}, seq ${w.seq}) is stored ${w.stored} times (seq ${w.stored_seq ?? '-'})`);
    }
    if (wrong.length > MAX_LISTED) problems.push(`… and ${wrong.length - MAX_LISTED} more acknowledged messages not stored exactly once`);

    // Each room's event log is gap-free: seqs 1..last_seq, each once (the primary key forbids twice).
    const { rows: gaps } = await pool.query<{ id: string; last_seq: string; events: string; top: string | null }>(
      `SELECT r.id, r.last_seq, count(e.seq) AS events, max(e.seq) AS top
         FROM chat.rooms r
         LEFT JOIN chat.room_events e ON e.room_id = r.id
        WHERE r.id = ANY($1::uuid[])
        GROUP BY r.id, r.last_seq
       HAVING count(e.seq) <> r.last_seq OR coalesce(max(e.seq), 0) <> r.last_seq`,
      [roomIds],
    );
    for (const g of gaps.slice(0, MAX_LISTED)) {
      problems.push(`room ${g.id}: last_seq ${g.last_seq} but ${g.events} events up to seq ${g.top ?? 0}`);
    }
    return { checked: acked.length, roomsChecked: roomIds.length, problems };
  } finally {
    await pool.end();
  }
}
