// `pnpm bench`: starts the baselines and our stack (fresh database, own Redis
// prefix, own ports), drives them from a separate client process, prints the
// tables and writes bench/results/<date>.json. Exits 1 when integrity fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { assertPostgresReachable, assertRedisReachable } from '@chat/common';
import { runConnections } from './connections.ts';
import { FanoutRun, type FanoutTarget } from './fanout.ts';
import { runHttp } from './http-load.ts';
import { parseOptions, usage, type BenchOptions } from './options.ts';
import { isPortOpen, root, spawnNode, stopChild, waitForJsonLine, type Child } from './processes.ts';
import { headline, render, type Results } from './report.ts';
import { dropDatabase, startBenchPostgres, startStack, type Stack } from './stack.ts';
import { checkStored } from './stored-check.ts';
import { baselineWorld, createWorld, type World } from './world.ts';

const log = (line: string) => console.log(line);

interface Servers {
  baseline?: Child & { url: string };
  bareHttp?: Child & { url: string };
  stack?: Stack;
  world?: World;
}

async function startBaseline(name: string, script: string, port: number): Promise<Child & { url: string }> {
  // Said plainly, as the stack's ports are: otherwise the child dies of EADDRINUSE with a stack trace.
  if (await isPortOpen(port)) throw new Error(`port ${port} is taken: pass another --port-base`);
  const child = spawnNode(name, script, [String(port)], {});
  const listening = Number(await waitForJsonLine(child, 'listening'));
  return Object.assign(child, { url: `http://127.0.0.1:${listening}` });
}

async function fanout(options: BenchOptions, s: Servers, results: Results, failures: string[]): Promise<void> {
  log(`\nFan-out: ${options.rooms} rooms × ${options.members} members, ${options.senders} senders per room, ${options.users} users, ${options.duration} s steps`);
  const run = new FanoutRun(options, log);
  results.fanout = {};
  const ours: FanoutTarget | undefined =
    s.stack && s.world && s.stack.routers.length > 0 ? { target: 'ours', world: s.world, urls: s.stack.routerUrls, pids: s.stack.pids } : undefined;
  if (ours) results.fanout.ours = await run.ladder(ours);
  // The baseline relays to the same rooms (same ids, same memberships), with no users behind them.
  const world = s.world ?? baselineWorld(options.rooms, options.members, options.users);
  const baseline: FanoutTarget = { target: 'baseline', world, urls: [s.baseline!.url], pids: () => ({ baseline: s.baseline!.pid }) };
  results.fanout.baseline = await run.ladder(baseline, results.fanout.ours ? results.fanout.ours.maxSustainedRate : undefined);
  for (const t of [results.fanout.ours, results.fanout.baseline]) {
    for (const step of [...(t?.steps ?? []), ...(t?.halfRate ? [t.halfRate] : [])]) {
      const i = step.integrity;
      if (i.missing + i.duplicates + i.reordered + i.mismatched + i.leaked > 0) {
        failures.push(`${t!.target} ${step.label}: integrity failed:\n    ${i.examples.join('\n    ')}`);
      }
    }
  }
  if (ours && s.stack && s.world) {
    results.fanout.stored = await checkStored(s.stack.databaseUrl, run.acked, s.world.rooms.map((r) => r.id));
    if (results.fanout.stored.problems.length > 0) failures.push(`Postgres disagrees with the acks:\n    ${results.fanout.stored.problems.join('\n    ')}`);
  }
}

async function connections(options: BenchOptions, s: Servers, results: Results): Promise<void> {
  log(`\nIdle sockets: ${options.connections.join(', ')}`);
  results.connections = {};
  if (s.stack && s.world && s.stack.routers.length > 0) {
    results.connections.ours = await runConnections('ours', s.world, s.stack.routerUrls[0]!, s.stack.routers[0]!.pid, options.connections, log, options.quick);
  }
  const world = s.world ?? baselineWorld(options.rooms, options.members, options.users);
  results.connections.baseline = await runConnections('baseline', world, s.baseline!.url, s.baseline!.pid, options.connections, log, options.quick);
}

function machine() {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), kernel: release(), node: process.version };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const startedAt = new Date();
  // Lowercase and digits only: it names a database and a Redis prefix too.
  const runId = startedAt.toISOString().replace(/[-:.]/g, '').toLowerCase();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  // Embedded mode brings its own Postgres (a fresh data folder per run) and uses no Redis.
  const embeddedPg = options.embedded ? await startBenchPostgres(options.portBase + 102) : undefined;
  const postgresUrl = embeddedPg?.serverUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await assertPostgresReachable(postgresUrl);
  if (!options.embedded) await assertRedisReachable(redisUrl);

  const results: Results = {};
  const failures: string[] = [];
  const s: Servers = {};
  const stopAll = async () => {
    if (s.stack) await s.stack.stop();
    for (const c of [s.baseline, s.bareHttp]) if (c) await stopChild(c.process);
    if (s.stack && !options.keepDatabase) await dropDatabase(postgresUrl, `chat_bench_${runId}`).catch(() => undefined);
    await embeddedPg?.stop();
  };
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\ninterrupted: stopping what the bench started');
    void stopAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const sockets = options.scenarios.includes('fanout') || options.scenarios.includes('connections');
    const started = performance.now();
    // All at once: on two cores the stack's start (tsx compiling four services) is most of a quick run.
    const [baseline, bareHttp, stack] = await Promise.allSettled([
      sockets ? startBaseline('baseline', 'bench/baseline-server.ts', options.portBase + 50) : undefined,
      options.scenarios.includes('http') ? startBaseline('bare-http', 'bench/bare-http-server.ts', options.portBase + 51) : undefined,
      startStack({ runId, portBase: options.portBase, routers: options.routers, postgresUrl, redisUrl, cpuProfDir: options.cpuProfDir, singleNode: options.embedded }),
    ]);
    if (baseline.status === 'fulfilled') s.baseline = baseline.value;
    if (bareHttp.status === 'fulfilled') s.bareHttp = bareHttp.value;
    if (stack.status === 'fulfilled') s.stack = stack.value;
    for (const r of [baseline, bareHttp, stack]) if (r.status === 'rejected') throw r.reason;
    if (!s.stack) throw new Error('unreachable: the stack started without a handle');
    log(`stack up in ${((performance.now() - started) / 1000).toFixed(1)} s (database chat_bench_${runId}, gateway ${s.stack.gatewayUrl}, routers ${s.stack.routerUrls.join(' ')})`);
    const worldStarted = performance.now();
    s.world = await createWorld(s.stack.gatewayUrl, runId, sockets ? options.rooms : 0, options.members, sockets ? options.users : 2);
    log(`registered ${s.world.users.length} users and created ${s.world.rooms.length} rooms over HTTP in ${((performance.now() - worldStarted) / 1000).toFixed(1)} s`);

    // Idle sockets first, on fresh processes: a heap grown by the fan-out would hide their cost.
    if (options.scenarios.includes('connections')) await connections(options, s, results);
    if (options.scenarios.includes('fanout')) await fanout(options, s, results, failures);
    if (options.scenarios.includes('http')) {
      log(`\nHTTP: ${options.historyMessages} messages of history, ${options.httpDuration} s per run`);
      results.http = await runHttp(s.stack.gatewayUrl, s.bareHttp!.url, s.stack.databaseUrl, [s.world.users[0]!, s.world.users[1]!], options.historyMessages, options.httpDuration, {
        ours: s.stack.pids(),
        bare: { 'bare-http': s.bareHttp!.pid },
      }, log);
    }
  } catch (error) {
    failures.push(`the run stopped: ${(error as Error).stack ?? String(error)}`);
  } finally {
    await stopAll();
  }

  const h = headline(results);
  log(render(results, h));
  const finishedAt = new Date();
  mkdirSync(`${root}bench/results`, { recursive: true });
  const file = `bench/results/${startedAt.toISOString().replace(/:/g, '-')}.json`;
  const record = {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    seconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machine(),
    options,
    headline: h,
    results,
    failures,
  };
  writeFileSync(`${root}${file}`, `${JSON.stringify(record, null, 2)}\n`);
  log(`\nwrote ${file} (${record.seconds} s)`);
  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  return 0;
}

process.exit(await main());
