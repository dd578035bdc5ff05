import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '@chat/common';
import { sleep } from './support/fault-stack.ts';
import { useOwnRedisWorld } from './support/own-redis-world.ts';
import { cpuSeconds, median, RssSampler, rssGrowth, rssSeries, servicePids, type RssGrowth } from './support/rss.ts';
import { createSoakUsers, inParallel, openSoakSocket, Receipts, type SoakPlan, type SoakSocket, type SoakUser } from './support/soak-sockets.ts';

/**
 * 2,000 authenticated websockets on two routers, a steady message rate for
 * SOAK_SECONDS (60 in CI, 600 for the figures in docs/RELIABILITY.md):
 * every send acknowledged, every acknowledged message stored once and
 * delivered once to every socket of every member, and the RSS of routers and
 * chat-core flat after warm-up.
 */

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

const SECONDS = envNumber('SOAK_SECONDS', 60);
const RATE = envNumber('SOAK_RATE', 50);
// Time for the services to reach their working size (pool connections, caches, JIT): a third of a
// short run, a minute of a long one. Its messages are checked like the others.
const WARM_UP_SECONDS = envNumber('SOAK_WARMUP_SECONDS', Math.min(60, Math.max(20, SECONDS / 3)));
const SAMPLE_MS = 3000;
const ACK_TIMEOUT_MS = 10_000;
const MAX_RSS_GROWTH = 0.1;
// 400 users (800 argon2id hashes to set up) with 5 sockets each, as one user on several devices;
// 200 rooms of 10, so every user is in 5 rooms and a message reaches 50 sockets.
const PLAN: SoakPlan = { users: 400, socketsPerUser: 5, rooms: 200, membersPerRoom: 10 };

const fixture = useOwnRedisWorld({
  routers: 2,
  userCount: 0,
  roomCount: 0,
  env: {
    // A full collection on SIGUSR2, so RSS can be read after one (see gc-on-signal.cjs).
    NODE_OPTIONS: `--expose-gc --require "${fileURLToPath(new URL('../../scripts/gc-on-signal.cjs', import.meta.url))}"`,
    // The router disconnects a socket whose token expires without renewal; these must outlive the soak.
    ACCESS_TOKEN_TTL: String(Math.ceil(SECONDS) + 3600),
    GATEWAY_ROOM_CREATE_RATE_LIMIT: '0',
  },
});

const receipts = new Receipts();
const sockets: SoakSocket[] = [];
/** By socket index: user u's d-th socket is u·S+d. */
const socketAt: SoakSocket['socket'][] = [];
let users: SoakUser[] = [];
let roomIds: string[] = [];
let members: number[][] = [];
let disconnects = 0;

/**
 * Node raises its soft descriptor limit to the hard one at start, so this
 * process (2,000 client sockets) and each router (1,000 and its own) get
 * the hard limit they inherit; below that the sockets would fail with EMFILE.
 */
function checkDescriptorLimit(needed: number): void {
  const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
  const soft = line?.split(/\s+/)[3];
  if (soft !== 'unlimited' && Number(soft) < needed) {
    throw new Error(`the soak needs ${needed} open files in one process, the limit is ${soft}: raise it (ulimit -Hn ${needed}) and run again`);
  }
}

beforeAll(async () => {
  checkDescriptorLimit(PLAN.users * PLAN.socketsPerUser + 500);
  const { world } = fixture;
  const started = Date.now();
  ({ users, roomIds, members } = await createSoakUsers(world.gatewayUrl, PLAN));
  const registered = Date.now();
  const specs = Array.from({ length: PLAN.users * PLAN.socketsPerUser }, (_, index) => ({ index, user: Math.floor(index / PLAN.socketsPerUser) }));
  // Kept as each connects, so the sockets of a setup that fails halfway are closed too.
  await inParallel(specs, 50, async ({ index, user }) => {
    const socket = await openSoakSocket(world.routerUrls[index % world.routerUrls.length]!, users[user]!.accessToken, index, receipts);
    socket.on('disconnect', () => disconnects++);
    sockets.push({ index, user, socket });
    socketAt[index] = socket;
  });
  console.log(
    `soak setup: ${PLAN.users} users and ${PLAN.rooms} rooms in ${((registered - started) / 1000).toFixed(1)} s, ` +
      `${sockets.length} sockets connected in ${((Date.now() - registered) / 1000).toFixed(1)} s`,
  );
}, 600_000);

afterAll(() => {
  for (const { socket } of sockets) socket.close();
});

interface Send {
  room: number;
  socket: number;
  acked?: { id: string; seq: number };
  error?: string;
  ms?: number;
}

/** Message k goes to room k mod R, from each of its members in turn, through each of that member's sockets in turn. */
function plannedSend(k: number): Send {
  const room = k % PLAN.rooms;
  const member = members[room]![Math.floor(k / PLAN.rooms) % PLAN.membersPerRoom]!;
  const device = Math.floor(k / (PLAN.rooms * PLAN.membersPerRoom)) % PLAN.socketsPerUser;
  return { room, socket: member * PLAN.socketsPerUser + device };
}

async function send(k: number, s: Send): Promise<void> {
  const socket = socketAt[s.socket]!;
  const at = performance.now();
  try {
    const ack = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message', roomIds[s.room], { content: `soak ${k}`, nonce: `soak:${k}` })) as {
      _id?: string;
      seq?: number;
      error?: { code: string };
    };
    s.ms = performance.now() - at;
    if (ack._id === undefined || ack.seq === undefined) s.error = ack.error?.code ?? 'NO_ID';
    else {
      s.acked = { id: ack._id, seq: ack.seq };
      receipts.note(roomIds[s.room]!, ack.seq, ack._id);
    }
  } catch {
    s.error = 'TIMEOUT';
  }
}

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

describe(`soak: 2,000 sockets for ${SECONDS} s at ${RATE} messages/s`, () => {
  it('acknowledges every send, stores and delivers each acknowledged message exactly once to every member socket, and keeps router and chat-core memory flat', async () => {
    const { env, world } = fixture;
    expect(sockets.length).toBe(PLAN.users * PLAN.socketsPerUser);
    const pids = servicePids(world);
    const watched = ['router-1', 'router-2', 'chat-core'];
    expect(Object.keys(pids).sort()).toEqual(['auth', 'chat-core', 'gateway', 'router-1', 'router-2']);
    const sampler = new RssSampler(Object.fromEntries(watched.map((n) => [n, pids[n]!])));
    const cpuBefore = Object.fromEntries(watched.map((n) => [n, cpuSeconds(pids[n]!)]));
    const loads: number[] = [loadavg()[0]!];
    const loadTimer = setInterval(() => loads.push(loadavg()[0]!), SAMPLE_MS);

    const clientCpuBefore = process.cpuUsage();
    const start = Date.now();
    sampler.start(SAMPLE_MS);
    const total = Math.round(SECONDS * RATE);
    const steadyFrom = start + WARM_UP_SECONDS * 1000;
    const sends: Send[] = [];
    const inFlight: Promise<void>[] = [];
    let behind = 0;
    // Paced against the clock, not by sleeping a fixed interval: a slow tick does not lower the rate.
    for (let k = 0; k < total; k++) {
      const due = start + (k * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      else if (wait < -1000) behind++;
      const s = plannedSend(k);
      sends.push(s);
      inFlight.push(send(k, s));
    }
    const sendingMs = Date.now() - start;
    await Promise.all(inFlight);
    sampler.stop();
    clearInterval(loadTimer);

    // Live delivery settles: every acknowledged message reaches its room's 50 sockets, or 20 s pass.
    const acked = sends.filter((s) => s.acked);
    const fanOut = PLAN.membersPerRoom * PLAN.socketsPerUser;
    const settleUntil = Date.now() + 20_000;
    while (receipts.received < acked.length * fanOut && Date.now() < settleUntil) await sleep(100);
    await sleep(1000); // a late duplicate would arrive now

    const { delivered, duplicated: duplicatedDeliveries, lost: lostDeliveries, unexpected } = receipts.tally(
      acked.map((s) => ({
        room: roomIds[s.room]!,
        seq: s.acked!.seq,
        sockets: members[s.room]!.flatMap((user) => Array.from({ length: PLAN.socketsPerUser }, (_, d) => user * PLAN.socketsPerUser + d)),
      })),
    );

    const pool = createPool(env.databaseUrl, 1);
    let rows: { id: string; nonce: string | null }[];
    try {
      rows = (await pool.query('SELECT id, nonce FROM chat.messages WHERE room_id = ANY($1::uuid[])', [roomIds])).rows;
    } finally {
      await pool.end();
    }
    const stored = new Set(rows.map((r) => r.id));
    const duplicatedRows = rows.length - new Set(rows.map((r) => r.nonce)).size;
    const lostFromPostgres = acked.filter((s) => !stored.has(s.acked!.id)).length;

    const growth = Object.fromEntries(watched.map((n) => [n, rssGrowth(sampler.samples, n, steadyFrom)]));
    const asFound = Object.fromEntries(watched.map((n) => [n, rssGrowth(sampler.samples, n, steadyFrom, 'mib')]));
    const showGrowth = (g: Record<string, RssGrowth>): string =>
      watched.map((n) => `${n} ${g[n]!.warm.toFixed(0)}→${g[n]!.end.toFixed(0)} (${(g[n]!.growth * 100).toFixed(1)}%)`).join(', ');
    const share = (seconds: number): string => `${((seconds / (sendingMs / 1000)) * 100).toFixed(0)}%`;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const cpu = [...watched.map((n) => `${n} ${share(cpuSeconds(pids[n]!) - cpuBefore[n]!)}`), `the 2,000 clients ${share((clientCpu.user + clientCpu.system) / 1e6)}`];
    const errors: Record<string, number> = {};
    for (const s of sends) if (s.error) errors[s.error] = (errors[s.error] ?? 0) + 1;
    const latencies = sends.flatMap((s) => (s.acked && s.ms !== undefined ? [s.ms] : []));

    console.log(
      `soak: ${sockets.length} sockets, ${(sendingMs / 1000).toFixed(0)} s (warm-up ${WARM_UP_SECONDS} s), sent ${sends.length} (${((sends.length / sendingMs) * 1000).toFixed(1)}/s), ` +
        `acknowledged ${acked.length}, persisted ${rows.length}, delivered ${delivered}/${acked.length * fanOut}, ` +
        `duplicated ${duplicatedDeliveries + duplicatedRows + unexpected}, lost ${lostDeliveries + lostFromPostgres}, ` +
        `errors ${JSON.stringify(errors)}, disconnects ${disconnects}, ack p50/p99 ${percentile(latencies, 0.5).toFixed(0)}/${percentile(latencies, 0.99).toFixed(0)} ms, ` +
        `RSS MiB after warm-up, median of first → last third, after a full GC: ${showGrowth(growth)}; as found: ${showGrowth(asFound)}; ` +
        `CPU ${cpu.join(', ')}, load avg ${median(loads).toFixed(2)} (max ${Math.max(...loads).toFixed(2)}), sender behind ${behind}`,
    );

    console.log(rssSeries(sampler.samples, watched, start));

    expect(errors).toEqual({});
    expect(acked.length).toBe(total);
    expect(disconnects).toBe(0);
    expect(rows.length).toBe(acked.length);
    expect(lostFromPostgres).toBe(0);
    expect(duplicatedRows).toBe(0);
    expect(receipts.conflicting).toBe(0);
    expect(lostDeliveries).toBe(0);
    expect(duplicatedDeliveries).toBe(0);
    expect(unexpected).toBe(0);
    for (const n of watched) expect(growth[n]!.samples, `${n} RSS samples after warm-up`).toBeGreaterThanOrEqual(6);
    for (const n of watched) expect(growth[n]!.growth, `${n} RSS growth after warm-up`).toBeLessThan(MAX_RSS_GROWTH);
    for (const n of ['auth', 'chat-core', 'gateway', 'router-1', 'router-2']) expect(world.stack.running(n), `${n} is running`).toBe(true);
  }, (SECONDS + 120) * 1000);
});
