// Scenario 4: history pages from a room holding many messages, and room
// creation, under an HTTP load tool, beside a bare Fastify route in the same run.
import autocannon, { type Options as LoadOptions } from 'autocannon';
import { createPool, withTransaction } from '@chat/common';
import { CpuMeter } from './processes.ts';
import { createRoom, http, type BenchUser } from './world.ts';

export interface HttpRun {
  name: string;
  target: 'ours' | 'bare fastify';
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  /** CPU of each server process during the run, in % of one core. */
  serverCpu: Record<string, number>;
}

export interface HttpResult {
  historyMessages: number;
  seedMs: number;
  runs: HttpRun[];
}

const CONNECTIONS = 10;
const CHUNK = 100_000;

/**
 * Seeds a room straight in SQL, as chat-core's group commit would have written
 * it: messages, their `message` events (already published: not queued in chat.outbox, or the publisher would
 * replay a million of them), and the room's last_seq and message_count.
 */
async function seedHistory(databaseUrl: string, roomId: string, senderId: string, count: number): Promise<number> {
  const pool = createPool(databaseUrl, 1);
  try {
    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.columns WHERE table_schema = 'chat' AND table_name = 'rooms' AND column_name = 'message_count'`,
    );
    const counted = rows[0]?.n === '1';
    for (let done = 0; done < count; done += CHUNK) {
      const n = Math.min(CHUNK, count - done);
      await withTransaction(pool, async (db) => {
        await db.query(
          `WITH room AS (SELECT last_seq FROM chat.rooms WHERE id = $1 FOR UPDATE),
                inserted AS (
                  INSERT INTO chat.messages (room_id, seq, sender_id, content, content_type, created_at, updated_at)
                  SELECT $1, room.last_seq + g, $2, 'seeded message ' || (room.last_seq + g), 'text',
                         now() - make_interval(secs => $4::int - $5::int - g), now() - make_interval(secs => $4::int - $5::int - g)
                    FROM room, generate_series(1, $3::int) AS g
                  RETURNING id, seq, sender_id, content, created_at)
           INSERT INTO chat.room_events (room_id, seq, type, payload, actor_id, created_at)
           SELECT $1, seq, 'message',
                  jsonb_build_object('_id', id, 'nonce', NULL, 'sender', sender_id, 'content', content, 'contentType', 'text',
                                     'files', '[]'::jsonb, 'room', $1::uuid, 'createdAt', created_at, 'seq', seq),
                  sender_id, created_at
             FROM inserted`,
          [roomId, senderId, n, count, done],
        );
        await db.query(
          counted
            ? `UPDATE chat.rooms SET last_seq = last_seq + $2, message_count = message_count + $2 WHERE id = $1`
            : `UPDATE chat.rooms SET last_seq = last_seq + $2 WHERE id = $1`,
          [roomId, n],
        );
      });
    }
    // A real room of a million messages was written over months and long since vacuumed and checkpointed. Right
    // after a bulk insert, autovacuum, hint-bit writes and a WAL-triggered checkpoint would race whichever run
    // comes first, and it measured slower for that alone (the newest page, first in the plan, looked slower than a deep one).
    await pool.query('VACUUM (ANALYZE) chat.messages, chat.room_events');
    await pool.query('CHECKPOINT');
    const { rows: last } = await pool.query<{ last_seq: string }>('SELECT last_seq FROM chat.rooms WHERE id = $1', [roomId]);
    return Number(last[0]!.last_seq);
  } finally {
    await pool.end();
  }
}

interface Page {
  messages: Array<{ seq: number }>;
  count: number;
}

/** A page must be what a user expects before its speed means anything. */
async function assertPage(url: string, token: string, newestSeq: number): Promise<void> {
  const page = await http<Page>('GET', url, undefined, token);
  const seqs = page.messages.map((m) => m.seq);
  const expected = Array.from({ length: 50 }, (_, i) => newestSeq - i);
  if (JSON.stringify(seqs) !== JSON.stringify(expected)) {
    throw new Error(`GET ${new URL(url).pathname}${new URL(url).search} returned seqs ${seqs.slice(0, 5).join(',')}… (${seqs.length}), expected ${newestSeq} down to ${newestSeq - 49}`);
  }
}

async function load(name: string, target: HttpRun['target'], options: LoadOptions, pids: Record<string, number>): Promise<HttpRun> {
  const meter = new CpuMeter();
  meter.start(pids);
  const connections = options.connections ?? CONNECTIONS;
  const r = await autocannon({ ...options, connections });
  const serverCpu = meter.stop();
  return {
    name,
    target,
    connections,
    requestsPerSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    serverCpu,
  };
}

const cpuText = (cpu: Record<string, number>) => Object.entries(cpu).map(([name, v]) => `${name} ${v}%`).join(', ');

export async function runHttp(
  gatewayUrl: string,
  bareUrl: string,
  databaseUrl: string,
  users: [BenchUser, BenchUser],
  messages: number,
  durationSeconds: number,
  pids: { ours: Record<string, number>; bare: Record<string, number> },
  log: (line: string) => void,
): Promise<HttpResult> {
  const [owner, other] = users;
  const roomId = await createRoom(gatewayUrl, owner, [other], 'bench history');
  const seedStarted = performance.now();
  const lastSeq = await seedHistory(databaseUrl, roomId, owner.id, messages);
  const seedMs = Math.round(performance.now() - seedStarted);
  log(`  seeded ${messages} messages in ${(seedMs / 1000).toFixed(1)} s`);

  const newest = `${gatewayUrl}/chat/messages?roomId=${roomId}&limit=50`;
  const middle = Math.floor(lastSeq / 2);
  const deep = `${newest}&before=${middle}`;
  await assertPage(newest, owner.token, lastSeq);
  await assertPage(deep, owner.token, middle - 1);

  const auth = { authorization: `Bearer ${owner.token}` };
  const json = { 'content-type': 'application/json' };
  const roomBody = JSON.stringify({ roomName: 'bench load', users: [other.id] });
  const duration = durationSeconds;
  const runs: HttpRun[] = [];
  const plan: Array<[string, HttpRun['target'], LoadOptions]> = [
    // One client at a time: a page's own latency, the target. With ten at once, p99 is mostly queueing on two cores.
    ['history, newest 50', 'ours', { url: newest, headers: auth, duration, connections: 1 }],
    [`history, 50 before seq ${middle}`, 'ours', { url: deep, headers: auth, duration, connections: 1 }],
    ['history, newest 50', 'ours', { url: newest, headers: auth, duration }],
    [`history, 50 before seq ${middle}`, 'ours', { url: deep, headers: auth, duration }],
    ['history, 50 (static)', 'bare fastify', { url: `${bareUrl}/chat/messages?roomId=${roomId}&limit=50`, duration }],
    ['POST /chat/rooms', 'ours', { url: `${gatewayUrl}/chat/rooms`, method: 'POST', headers: { ...auth, ...json }, body: roomBody, duration }],
    ['POST /chat/rooms', 'bare fastify', { url: `${bareUrl}/chat/rooms`, method: 'POST', headers: json, body: roomBody, duration }],
  ];
  for (const [name, target, options] of plan) {
    const run = await load(name, target, options, target === 'ours' ? pids.ours : pids.bare);
    runs.push(run);
    log(`  ${target.padEnd(12)} ${name.padEnd(30)} ${String(run.connections).padStart(2)} conn ${String(run.requestsPerSecond).padStart(6)} req/s  p50 ${run.p50} p99 ${run.p99} ms  non-2xx ${run.non2xx}  errors ${run.errors}  cpu ${cpuText(run.serverCpu)}`);
  }
  return { historyMessages: messages, seedMs, runs };
}
