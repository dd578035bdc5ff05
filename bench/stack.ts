// Our stack as `pnpm start` runs it (one process per service), but on a fresh
// database of its own, its own Redis prefix and ports of its own, so a bench
// never touches a developer's data or collides with a running `pnpm start`.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, createRedis, type Pool } from '@chat/common';
import { isPortOpen, ProcessLauncher, waitForPort } from '@chat/stack';
import { GC_ON_SIGNAL, root, type Child } from './processes.ts';

export interface StackOptions {
  runId: string;
  portBase: number;
  routers: number;
  /** chat-core processes (server mode); router i calls chat-core i mod N, the gateway the first. */
  chatCores?: number;
  postgresUrl: string;
  redisUrl: string;
  /** Embedded mode's single node: the four services in one process without Redis, as `pnpm start` runs without REDIS_URL. */
  singleNode?: boolean;
  /** Node writes .cpuprofile files (one per thread) into <dir>/<service> when the service exits (SIGTERM's orderly close). */
  cpuProfDir?: string | undefined;
}

export interface Stack {
  databaseUrl: string;
  redisPrefix: string;
  gatewayUrl: string;
  routerUrls: string[];
  /** Where the stage histograms are served: each router's /metrics, and chat-core's in server mode. */
  metricsUrls: string[];
  auth: Child;
  /** The first chat-core. */
  chatCore: Child;
  chatCores: Child[];
  gateway: Child;
  routers: Child[];
  /** Pids by name, for CPU and memory readings. */
  pids(): Record<string, number>;
  stop(): Promise<void>;
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, fn: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = createPool(databaseUrl(serverUrl, 'postgres'), 1);
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  // FORCE: a service killed after its grace period may leave a connection behind.
  await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = createRedis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

/**
 * Embedded mode's Postgres (what `pnpm start` runs without DATABASE_URL), in
 * a fresh data folder removed afterwards, so a bench never touches .data/pg.
 */
export async function startBenchPostgres(port: number): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'chat-bench-pg-'));
  // Run as root, Postgres runs as the `postgres` user, which must reach its data folder.
  chmodSync(dir, 0o755);
  // Imported only when used: it installs async-exit-hook, whose SIGINT/SIGTERM
  // handlers would exit before the bench stops what it started. Taken back below.
  const { startEmbeddedPostgres } = await import('../scripts/embedded/postgres.ts');
  const pg = await startEmbeddedPostgres(join(dir, 'pg'), port).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  return {
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function stackPorts(portBase: number, routers: number, chatCores = 1) {
  // +102 is embedded mode's Postgres; the first chat-core keeps +101 and +103, the others follow from +104 in pairs.
  const chat = Array.from({ length: chatCores }, (_, i) =>
    i === 0 ? { grpc: portBase + 101, metrics: portBase + 103 } : { grpc: portBase + 102 + 2 * i, metrics: portBase + 103 + 2 * i },
  );
  return {
    gateway: portBase,
    routers: Array.from({ length: routers }, (_, i) => portBase + 1 + i),
    authGrpc: portBase + 100,
    chatGrpc: chat[0]!.grpc,
    chatMetrics: chat[0]!.metrics,
    chat,
  };
}

type Ports = ReturnType<typeof stackPorts>;

/** What every service of the bench's stack reads: its own database, Redis prefix and ports, and no limit that would cap a measurement. */
function benchEnv(ports: Ports, dbUrl: string, redisUrl: string, redisPrefix: string): Record<string, string> {
  return {
    NODE_ENV: 'development',
    // Per-message info logs would measure pino, not the service.
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    AUTH_GRPC_URL: `127.0.0.1:${ports.authGrpc}`,
    CHAT_GRPC_URL: `127.0.0.1:${ports.chatGrpc}`,
    AUTH_GRPC_PORT: String(ports.authGrpc),
    CHAT_GRPC_PORT: String(ports.chatGrpc),
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_PORT: String(ports.gateway),
    ROUTER_HOST: '127.0.0.1',
    // The bench registers hundreds of users from one address in seconds.
    GATEWAY_REGISTER_RATE_LIMIT: '0',
    // It measures throughput: one user creating rooms, and senders above a person's rate.
    GATEWAY_ROOM_CREATE_RATE_LIMIT: '0',
    SOCKET_MESSAGE_RATE_LIMIT: '0',
    // The idle-socket steps open up to 19,500 sockets for 200 users: about a hundred each, past the default 20.
    SOCKET_MAX_PER_USER: '0',
    // A full run outlasts the default 15 minutes; sockets must not expire mid-step.
    ACCESS_TOKEN_TTL: String(24 * 3600),
  };
}

type Started = Omit<Stack, 'databaseUrl' | 'redisPrefix' | 'stop'>;

/** A service process through the stack's launcher, with the bench's node flags, started once its port answers. */
async function startService(launcher: ProcessLauncher, cpuProfDir: string | undefined, name: string, script: string, port: number, env: Record<string, string> = {}): Promise<Child> {
  // A folder per service, and node's default file names: tsx's loader thread writes a profile of its own, which a
  // fixed --cpu-prof-name would let overwrite the main thread's.
  const profile = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', `${cpuProfDir}/${name}`] : [];
  launcher.add({ name, script, port, env, nodeArgs: [...GC_ON_SIGNAL, ...profile] });
  const child = await launcher.start(name);
  return { name, process: child, pid: child.pid!, logs: launcher.lines(name) };
}

/** Embedded mode's one process: it stands for every service (and is the one router), so each reading is of all four. */
async function startSingleNodeProcess(launcher: ProcessLauncher, ports: Ports, cpuProfDir: string | undefined): Promise<Started> {
  const router = ports.routers[0]!;
  const node = await startService(launcher, cpuProfDir, 'single-node', 'scripts/embedded/single-node-main.ts', router, { CLIENT_SOCKET_PORT: String(router) });
  await waitForPort(ports.gateway, { what: 'the gateway', failure: () => (launcher.running('single-node') ? undefined : launcher.output('single-node')) });
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    routerUrls: [`http://127.0.0.1:${router}`],
    metricsUrls: [`http://127.0.0.1:${router}/metrics`],
    auth: node,
    chatCore: node,
    chatCores: [node],
    gateway: node,
    routers: [node],
    pids: () => ({ 'single-node': node.pid }),
  };
}

/** One process per service, as `pnpm start` runs them with REDIS_URL set. */
async function startServiceProcesses(launcher: ProcessLauncher, ports: Ports, cpuProfDir: string | undefined): Promise<Started> {
  const start = (name: string, script: string, port: number, env?: Record<string, string>) => startService(launcher, cpuProfDir, name, script, port, env);
  const auth = await start('auth', 'services/auth/src/main.ts', ports.authGrpc);
  // chat-core's own metrics server; in embedded mode (one process) the router's /metrics has every service's.
  // More than one: each publishes what it commits, and routers order each room's events by seq (docs/ARCHITECTURE.md).
  const chatCores: Child[] = [];
  for (const [i, chat] of ports.chat.entries()) {
    const name = ports.chat.length === 1 ? 'chat-core' : `chat-core-${i + 1}`;
    // One at a time: each applies the migrations under the same advisory lock, and the first creates the schema.
    chatCores.push(await start(name, 'services/chat-core/src/main.ts', chat.grpc, { CHAT_GRPC_PORT: String(chat.grpc), CHAT_METRICS_PORT: String(chat.metrics) }));
  }
  const [gateway, ...routers] = await Promise.all([
    start('gateway', 'services/gateway/src/main.ts', ports.gateway),
    ...ports.routers.map((port, i) => {
      const chat = ports.chat[i % ports.chat.length]!;
      return start(`router-${i + 1}`, 'services/router/src/main.ts', port, { CLIENT_SOCKET_PORT: String(port), CHAT_GRPC_URL: `127.0.0.1:${chat.grpc}` });
    }),
  ]);
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    routerUrls: ports.routers.map((p) => `http://127.0.0.1:${p}`),
    metricsUrls: [...ports.routers.map((p) => `http://127.0.0.1:${p}/metrics`), ...ports.chat.map((c) => `http://127.0.0.1:${c.metrics}/metrics`)],
    auth,
    chatCore: chatCores[0]!,
    chatCores,
    gateway: gateway!,
    routers,
    pids: () => ({
      auth: auth.pid,
      ...Object.fromEntries(chatCores.map((c) => [c.name, c.pid])),
      gateway: gateway!.pid,
      ...Object.fromEntries(routers.map((r) => [r.name, r.pid])),
    }),
  };
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const ports = stackPorts(options.portBase, options.routers, options.singleNode ? 1 : (options.chatCores ?? 1));
  const own = options.singleNode ? [ports.chatGrpc] : ports.chat.flatMap((c) => [c.grpc, c.metrics]);
  for (const port of [ports.gateway, ...ports.routers, ports.authGrpc, ...own]) {
    if (await isPortOpen(port)) throw new Error(`port ${port} is taken: pass another --port-base`);
  }
  const dbName = `chat_bench_${options.runId}`;
  const dbUrl = await createDatabase(options.postgresUrl, dbName);
  const redisPrefix = `bench-${options.runId}`;
  // The services inherit the bench's environment. Stopped entry points first, their upstreams last, as `pnpm start`
  // stops them: SIGTERM, the orderly close (which writes the CPU profiles), SIGKILL after 10 s.
  const launcher = new ProcessLauncher({ cwd: root, env: { ...process.env, ...benchEnv(ports, dbUrl, options.redisUrl, redisPrefix) }, keepLines: 200, graceMs: 10_000 });
  try {
    const started = options.singleNode ? await startSingleNodeProcess(launcher, ports, options.cpuProfDir) : await startServiceProcesses(launcher, ports, options.cpuProfDir);
    return {
      databaseUrl: dbUrl,
      redisPrefix,
      ...started,
      async stop() {
        await launcher.stopAll();
        // Embedded mode wrote nothing to Redis.
        if (!options.singleNode) await deleteRedisKeys(options.redisUrl, redisPrefix).catch(() => undefined);
      },
    };
  } catch (error) {
    await launcher.stopAll();
    await deleteRedisKeys(options.redisUrl, redisPrefix).catch(() => undefined);
    await dropDatabase(options.postgresUrl, dbName).catch(() => undefined);
    throw error;
  }
}
