// Message retention on a room of 1,000,000 messages (docs/OPERATIONS.md, "Data
// lifecycle"): how long each prune batch takes, and what a send to the same
// room waits meanwhile. A scratch database is made, seeded and dropped.
//   npx tsx services/chat-core/scripts/measure-prune.ts [postgres://postgres@127.0.0.1:5432] [messages]
// Prints the prune's batches and the sends' latency before and during it.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createLogger, openDatabase } from '@chat/common';
import { RetentionPruner } from '../src/retention/retention-pruner.ts';
import { RetentionStore } from '../src/retention/retention-store.ts';

const server = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432';
const total = Number(process.argv[3] ?? 1_000_000);
const db = `chat_prune_scratch_${process.pid}`;
const ROOM = '00000000-0000-4000-8000-000000000001';
const USER = '00000000-0000-4000-8000-0000000000aa';
const DAYS = 30;
/** Messages older than the retention: all but the newest tenth. */
const EXPIRED = Math.floor(total * 0.9);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const summary = (xs: number[]) =>
  `${xs.length} sends: p50 ${quantile(xs, 0.5).toFixed(2)} p99 ${quantile(xs, 0.99).toFixed(2)} max ${Math.max(...xs).toFixed(2)} ms`;

async function seed(pool: pg.Pool): Promise<void> {
  const started = performance.now();
  await pool.query(`INSERT INTO chat.rooms (id, name, creator_id, last_seq, message_count) VALUES ($1, 'big', $2, $3, $3)`, [ROOM, USER, total]);
  await pool.query(`INSERT INTO chat.members (room_id, user_id, role) VALUES ($1, $2, 'owner')`, [ROOM, USER]);
  // One second apart, the newest now: the oldest EXPIRED are past DAYS (an offset makes them so).
  const age = `(${total} - s) * interval '1 second' + CASE WHEN s <= ${EXPIRED} THEN interval '${DAYS + 1} days' ELSE interval '0' END`;
  await pool.query(
    `INSERT INTO chat.messages (room_id, seq, sender_id, content, content_type, created_at, updated_at)
     SELECT $1, s, $2, 'message ' || s, 'text', now() - (${age}), now() - (${age}) FROM generate_series(1, ${total}) AS s`,
    [ROOM, USER],
  );
  await pool.query(
    `INSERT INTO chat.room_events (room_id, seq, type, payload, actor_id, created_at)
     SELECT $1, s, 'message', jsonb_build_object('seq', s), $2, now() - (${age}) FROM generate_series(1, ${total}) AS s`,
    [ROOM, USER],
  );
  await pool.query('ANALYZE');
  console.log(`seeded ${total} messages and their events in ${((performance.now() - started) / 1000).toFixed(1)} s; ${EXPIRED} past ${DAYS} days`);
}

/** Sends one message to the room every 10 ms through the append path's statement, until stopped; each one's latency. */
function sender(pool: pg.Pool, name: string): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let stopped = false;
  let n = 0;
  const run = (async () => {
    while (!stopped) {
      const batch = [{ i: 0, id: crypto.randomUUID(), room_id: ROOM, sender_id: USER, content: `live ${n}`, content_type: 'text', files: [], nonce: `${name}-${n++}` }];
      const began = performance.now();
      const { rows } = await pool.query<{ outcome: string; seq: string }>('SELECT outcome, seq FROM chat.append_messages($1::jsonb)', [JSON.stringify(batch)]);
      latencies.push(performance.now() - began);
      if (rows[0]?.outcome !== 'stored') throw new Error(`a live send was ${rows[0]?.outcome}`);
      // What the publisher does once the event is on the bus: the outbox stays as small as in a running chat-core.
      await pool.query('DELETE FROM chat.outbox WHERE room_id = $1 AND seq = $2', [ROOM, rows[0].seq]);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await run;
      return latencies;
    },
  };
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
  const pool = await openDatabase({ url: `${server}/${db}`, nodeEnv: 'test', schema: 'chat', migrations });
  try {
    await seed(pool);
    const quiet = sender(pool, 'before');
    await new Promise((r) => setTimeout(r, 3000));
    console.log(`sends before the prune: ${summary(await quiet.stop())}`);

    const store = new RetentionStore(pool);
    await store.setRoomRetention(ROOM, DAYS);
    const pruner = new RetentionPruner(store, { eventDays: undefined, messageDays: undefined, everyMs: 0, batch: Number(process.env.CHAT_RETENTION_BATCH ?? 1000) }, createLogger('prune', 'warn'));
    const during = sender(pool, 'during');
    const began = performance.now();
    const report = await pruner.runOnce();
    const tookS = (performance.now() - began) / 1000;
    console.log(`prune: ${report.messages} messages in ${tookS.toFixed(1)} s (${Math.round(report.messages / tookS)}/s), longest batch ${report.longestBatchMs.toFixed(1)} ms`);
    console.log(`sends during the prune: ${summary(await during.stop())}`);
    const left = await pool.query<{ n: string; c: string }>(`SELECT (SELECT count(*) FROM chat.messages WHERE room_id = $1) AS n, (SELECT message_count FROM chat.rooms WHERE id = $1) AS c`, [ROOM]);
    console.log(`left: ${left.rows[0]!.n} messages, the room's count says ${left.rows[0]!.c}`);
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
