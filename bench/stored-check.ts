// Scenario 2's other half: what the clients were told is what Postgres holds.
// Read straight from the bench's own database after a shape's fan-out, with
// SQL a reviewer can check against the chat migration.
import { createPool } from '@chat/common';
import type { OursMessages } from './fanout.ts';

export interface StoredCheck {
  /** Acknowledged messages looked up. */
  checked: number;
  roomsChecked: number;
  /** Acknowledged messages not stored exactly once under their seq. */
  ackedWrong: number;
  /** Refused messages looked up, and those found stored (each a problem, listed in refusedProblems). */
  refusedChecked: number;
  refusedStored: number;
  refusedProblems: string[];
  /** Messages whose outcome the sender never learnt (by final code), and how many of them Postgres holds: not judged. */
  unsettled: { checked: number; stored: number; byCode: Record<string, { count: number; stored: number }> };
  /** Acknowledged messages not stored exactly once, and rooms whose event log has a gap. */
  problems: string[];
}

const MAX_LISTED = 10;

export async function checkStored(databaseUrl: string, messages: OursMessages, roomIds: string[]): Promise<StoredCheck> {
  const pool = createPool(databaseUrl, 1);
  const problems: string[] = [];
  const refusedProblems: string[] = [];
  const { acked, refused, unsettled } = messages;
  try {
    // Every acknowledged message is stored exactly once, under the seq its ack named.
    const { rows: wrong } = await pool.query<{ room: string; nonce: string; seq: string; stored: string; stored_seq: string | null }>(
      `SELECT a.room, a.nonce, a.seq, count(m.id) AS stored, min(m.seq) AS stored_seq
         FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::uuid[]) AS a(room, nonce, seq, sender)
         LEFT JOIN chat.messages m ON m.room_id = a.room AND m.sender_id = a.sender AND m.nonce = a.nonce
        GROUP BY a.room, a.nonce, a.seq
       HAVING count(m.id) <> 1 OR min(m.seq) <> a.seq`,
      [acked.map((a) => a[0]), acked.map((a) => a[1]), acked.map((a) => a[2]), acked.map((a) => a[3])],
    );
    for (const w of wrong.slice(0, MAX_LISTED)) {
      problems.push(`acknowledged ${w.nonce} (room ${w.room}, seq ${w.seq}) is stored ${w.stored} times (seq ${w.stored_seq ?? '-'})`);
    }
    if (wrong.length > MAX_LISTED) problems.push(`… and ${wrong.length - MAX_LISTED} more acknowledged messages not stored exactly once`);

    // A refusal is a promise that nothing was stored.
    const { rows: storedRefused } = await pool.query<{ room: string; nonce: string; seq: string }>(
      `SELECT a.room, a.nonce, m.seq
         FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS a(room, nonce, sender)
         JOIN chat.messages m ON m.room_id = a.room AND m.sender_id = a.sender AND m.nonce = a.nonce`,
      [refused.map((r) => r[0]), refused.map((r) => r[1]), refused.map((r) => r[2])],
    );
    for (const r of storedRefused.slice(0, MAX_LISTED)) refusedProblems.push(`refused ${r.nonce} (room ${r.room}) is stored as seq ${r.seq}`);
    if (storedRefused.length > MAX_LISTED) refusedProblems.push(`… and ${storedRefused.length - MAX_LISTED} more refused messages stored`);

    // An unknown outcome promises nothing: counted, so a report can say how often "unknown" meant "stored".
    const { rows: found } = await pool.query<{ nonce: string }>(
      `SELECT a.nonce
         FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS a(room, nonce, sender)
        WHERE EXISTS (SELECT 1 FROM chat.messages m WHERE m.room_id = a.room AND m.sender_id = a.sender AND m.nonce = a.nonce)`,
      [unsettled.map((u) => u[0]), unsettled.map((u) => u[1]), unsettled.map((u) => u[3])],
    );
    const storedNonces = new Set(found.map((f) => f.nonce));
    const byCode: StoredCheck['unsettled']['byCode'] = {};
    for (const [, nonce, code] of unsettled) {
      const c = (byCode[code] ??= { count: 0, stored: 0 });
      c.count++;
      if (storedNonces.has(nonce)) c.stored++;
    }

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
    return {
      checked: acked.length,
      roomsChecked: roomIds.length,
      ackedWrong: wrong.length,
      refusedChecked: refused.length,
      refusedStored: storedRefused.length,
      refusedProblems,
      unsettled: { checked: unsettled.length, stored: storedNonces.size, byCode },
      problems,
    };
  } finally {
    await pool.end();
  }
}

/** Several shapes' checks as one (rooms of a shape reused by another counted once per check). */
export function sumStored(checks: StoredCheck[]): StoredCheck {
  const byCode: StoredCheck['unsettled']['byCode'] = {};
  for (const c of checks) {
    for (const [code, v] of Object.entries(c.unsettled.byCode)) {
      const into = (byCode[code] ??= { count: 0, stored: 0 });
      into.count += v.count;
      into.stored += v.stored;
    }
  }
  const sum = (f: (c: StoredCheck) => number) => checks.reduce((n, c) => n + f(c), 0);
  return {
    checked: sum((c) => c.checked),
    roomsChecked: sum((c) => c.roomsChecked),
    ackedWrong: sum((c) => c.ackedWrong),
    refusedChecked: sum((c) => c.refusedChecked),
    refusedStored: sum((c) => c.refusedStored),
    refusedProblems: checks.flatMap((c) => c.refusedProblems),
    unsettled: { checked: sum((c) => c.unsettled.checked), stored: sum((c) => c.unsettled.stored), byCode },
    problems: checks.flatMap((c) => c.problems),
  };
}
