// `pnpm bench`: starts the baselines and our stack (fresh database, own Redis
// prefix, own ports), drives them from a separate client process, prints the
// tables and writes bench/results/<date>.json. Exits 1 when integrity fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { assertPostgresReachable, assertRedisReachable } from '@chat/common';
import { runConnections } from './connections.ts';
import { FanoutRun, integrityClean, type FanoutTargetResult, type ShapeResult } from './fanout.ts';
import type { Target } from './harness-protocol.ts';
import { Harness } from './harness.ts';
import { runHttp } from './http-load.ts';
import { parseOptions, usage, type BenchOptions } from './options.ts';
import { isPortOpen } from '@chat/stack';
import { root, spawnNode, stopChild, waitForJsonLine, type Child } from './processes.ts';
import { headline, render, type Results } from './report.ts';
import { runScenarios, scenarioEnv, scenarioUsers } from './scenarios/index.ts';
import { describeShape } from './shapes.ts';
import { dropDatabase, startBenchPostgres, startStack, type Stack } from './stack.ts';
import { checkStored, sumStored, type StoredCheck } from './stored-check.ts';
import { baselineWorld, createRooms, registerUsers, type BenchUser, type World } from './world.ts';

const log = (line: string) => console.log(line);

interface Servers {
  baseline?: Child & { url: string };
  bareHttp?: Child & { url: string };
  stack?: Stack;
  /** Every user the run registered; the rooms of each shape are made from the first ones. */
  users?: BenchUser[];
  worlds?: Worlds;
  /** The idle-socket scenario's rooms, made before it runs (the fan-out's extra rooms would add joins per socket). */
  connectionsWorld?: World;
}

/** Rooms made over HTTP once per size: a shape of the same size as the idle-socket world reuses its rooms. */
class Worlds {
  private readonly made = new Map<string, Promise<World>>();

  constructor(
    private readonly gatewayUrl: string,
    private readonly users: BenchUser[],
  ) {}

  get(rooms: number, members: number, users: number, label: string): Promise<World> {
    const key = `${rooms}x${members}/${users}`;
    let world = this.made.get(key);
    if (!world) {
      const started = performance.now();
      world = createRooms(this.gatewayUrl, this.users, rooms, members, users, label).then((w) => {
        log(`  created ${rooms} rooms of ${members} members over HTTP in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        return w;
      });
      this.made.set(key, world);
    }
    return world;
  }
}

async function startBaseline(name: string, script: string, port: number): Promise<Child & { url: string }> {
  // Said plainly, as the stack's ports are: otherwise the child dies of EADDRINUSE with a stack trace.
  if (await isPortOpen(port)) throw new Error(`port ${port} is taken: pass another --port-base`);
  const child = spawnNode(name, script, [String(port)], {});
  const listening = Number(await waitForJsonLine(child, 'listening'));
  return Object.assign(child, { url: `http://127.0.0.1:${listening}` });
}

async function fanout(options: BenchOptions, s: Servers, results: Results, failures: string[]): Promise<void> {
  const harness = await Harness.start();
  const run = new FanoutRun(options, harness, log);
  const fan: NonNullable<Results['fanout']> = { shapes: {} };
  results.fanout = fan;
  const checks: StoredCheck[] = [];
  try {
    for (const shape of options.shapes) {
      const started = performance.now();
      log(`\nFan-out, ${describeShape(shape)}; ladder ${shape.ladder.join(', ')} msg/s, ${options.duration} s steps`);
      const world = s.worlds ? await s.worlds.get(shape.rooms, shape.members, shape.users, shape.name) : baselineWorld(shape.rooms, shape.members, shape.users);
      const result: ShapeResult = { shape };
      fan.shapes[shape.name] = result;
      const stack = s.stack && s.stack.routers.length > 0 ? s.stack : undefined;
      // A target that cannot be driven (its sockets do not connect) stops its own part of the shape, not the run.
      const attempt = async (target: Target, drive: () => Promise<FanoutTargetResult>): Promise<FanoutTargetResult | undefined> => {
        try {
          return await drive();
        } catch (error) {
          const message = `${shape.name}, ${target} stopped: ${(error as Error).message}`;
          log(`  ${message}`);
          failures.push(message);
          (result.stopped ??= []).push(message);
          return undefined;
        }
      };
      if (stack && s.worlds) {
        result.ours = await attempt('ours', () => run.target({ target: 'ours', world, urls: stack.routerUrls, pids: stack.pids, metricsUrls: stack.metricsUrls }, shape));
      }
      // The baseline relays to the same rooms (same ids, same memberships), with no users behind them.
      result.baseline = await attempt('baseline', () =>
        run.target({ target: 'baseline', world, urls: [s.baseline!.url], pids: () => ({ baseline: s.baseline!.pid }) }, shape, result.ours),
      );
      for (const t of [result.ours, result.baseline]) {
        for (const step of t?.steps ?? []) {
          if (!integrityClean(step)) failures.push(`${t!.target} ${shape.name} ${step.label}: integrity failed:\n    ${step.integrity.examples.join('\n    ')}`);
        }
      }
      // After the baseline's steps: ours has had time to finish anything a refusal might have left behind.
      if (stack && s.worlds) {
        result.stored = await checkStored(stack.databaseUrl, run.takeMessages(), world.rooms.map((r) => r.id));
        checks.push(result.stored);
        const problems = [...result.stored.problems, ...result.stored.refusedProblems];
        if (problems.length > 0) failures.push(`${shape.name}: Postgres disagrees with the acks:\n    ${problems.join('\n    ')}`);
      }
      log(`  ${shape.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await harness.close();
    if (checks.length > 0) fan.stored = sumStored(checks);
  }
}

async function connections(options: BenchOptions, s: Servers, results: Results): Promise<void> {
  log(`\nIdle sockets: ${options.connections.join(', ')}`);
  results.connections = {};
  if (s.stack && s.connectionsWorld && s.stack.routers.length > 0) {
    results.connections.ours = await runConnections('ours', s.connectionsWorld, s.stack.routerUrls[0]!, s.stack.routers[0]!.pid, options.connections, log, options.quick);
  }
  const world = s.connectionsWorld ?? baselineWorld(options.rooms, options.members, options.users);
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
  /** What the scenarios of bench/scenarios/ measured, by name. */
  let scenarioResults: Record<string, unknown> = {};
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
    // The services inherit the bench's environment (spawnNode).
    Object.assign(process.env, scenarioEnv(options));
    const started = performance.now();
    // All at once: on two cores the stack's start (tsx compiling four services) is most of a quick run.
    const [baseline, bareHttp, stack] = await Promise.allSettled([
      sockets ? startBaseline('baseline', 'bench/baseline-server.ts', options.portBase + 50) : undefined,
      options.scenarios.includes('http') ? startBaseline('bare-http', 'bench/bare-http-server.ts', options.portBase + 51) : undefined,
      startStack({ runId, portBase: options.portBase, routers: options.routers, chatCores: options.chatCores, postgresUrl, redisUrl, cpuProfDir: options.cpuProfDir, singleNode: options.embedded }),
    ]);
    if (baseline.status === 'fulfilled') s.baseline = baseline.value;
    if (bareHttp.status === 'fulfilled') s.bareHttp = bareHttp.value;
    if (stack.status === 'fulfilled') s.stack = stack.value;
    for (const r of [baseline, bareHttp, stack]) if (r.status === 'rejected') throw r.reason;
    if (!s.stack) throw new Error('unreachable: the stack started without a handle');
    log(`stack up in ${((performance.now() - started) / 1000).toFixed(1)} s (database chat_bench_${runId}, gateway ${s.stack.gatewayUrl}, routers ${s.stack.routerUrls.join(' ')})`);
    const worldStarted = performance.now();
    const wanted = Math.max(2, ...(options.scenarios.includes('fanout') ? options.shapes.map((x) => x.users) : []), options.scenarios.includes('connections') ? options.users : 0, scenarioUsers(options));
    s.users = await registerUsers(s.stack.gatewayUrl, wanted, runId);
    s.worlds = new Worlds(s.stack.gatewayUrl, s.users);
    log(`registered ${s.users.length} users over HTTP in ${((performance.now() - worldStarted) / 1000).toFixed(1)} s`);
    if (options.scenarios.includes('connections')) s.connectionsWorld = await s.worlds.get(options.rooms, options.members, options.users, 'idle');

    // Idle sockets first, on fresh processes: a heap grown by the fan-out would hide their cost.
    if (options.scenarios.includes('connections')) await connections(options, s, results);
    if (options.scenarios.includes('fanout')) await fanout(options, s, results, failures);
    if (options.scenarios.includes('http')) {
      log(`\nHTTP: ${options.historyMessages} messages of history, ${options.httpDuration} s per run`);
      results.http = await runHttp(s.stack.gatewayUrl, s.bareHttp!.url, s.stack.databaseUrl, [s.users[0]!, s.users[1]!], options.historyMessages, options.httpDuration, {
        ours: s.stack.pids(),
        bare: { 'bare-http': s.bareHttp!.pid },
      }, log);
    }
    const worlds = s.worlds;
    scenarioResults = await runScenarios({
      options, stack: s.stack, users: s.users, log, failures,
      world: (rooms, members, users, label) => worlds.get(rooms, members, users, label),
    });
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
    scenarios: scenarioResults,
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
