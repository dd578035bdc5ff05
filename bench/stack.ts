// Our stack as `pnpm start` runs it (one process per service), but on a fresh
// database of its own, its own Redis prefix and ports of its own, so a bench
// never touches a developer's data or collides with a running `pnpm start`.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, createRedis, type Pool } from '@chat/common';
import { isPortOpen, spawnNode, stopChild, waitForPort, type Child } from './processes.ts';

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

export async function startStack(options: StackOptions): Promise<Stack> {
  const ports = stackPorts(options.portBase, options.routers, options.singleNode ? 1 : (options.chatCores ?? 1));
  const own = options.singleNode ? [ports.chatGrpc] : ports.chat.flatMap((c) => [c.grpc, c.metrics]);
  for (const port of [ports.gateway, ...ports.routers, ports.authGrpc, ...own]) {
    if (await isPortOpen(port)) throw new Error(`port ${port} is taken: pass another --port-base`);
  }
  const dbName = `chat_bench_${options.runId}`;
  const dbUrl = await createDatabase(options.postgresUrl, dbName);
  const redisPrefix = `bench-${options.runId}`;
  const env = {
    NODE_ENV: 'development',
    // Per-message info logs would measure pino, not the service.
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    REDIS_URL: options.redisUrl,
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
    // A full run outlasts the default 15 minutes; sockets must not expire mid-step.
    ACCESS_TOKEN_TTL: String(24 * 3600),
  };
  // A folder per service, and node's default file names: tsx's loader thread writes a profile of its own, which a
  // fixed --cpu-prof-name would let overwrite the main thread's.
  const profile = (name: string) => (options.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', `${options.cpuProfDir}/${name}`] : []);
  const spawnService = (name: string, script: string, extraEnv: Record<string, string> = {}) =>
    spawnNode(name, script, [], { ...env, ...extraEnv }, profile(name));
  const started: Child[] = [];
  const stopAll = async () => {
    // Entry points first, their upstreams last, as `pnpm start` stops them.
    for (const child of [...started].reverse()) await stopChild(child.process);
  };
  try {
    if (options.singleNode) {
      // One process: it stands for every service (and is the one router), so each reading is of all four.
      const node = spawnService('single-node', 'scripts/embedded/single-node-main.ts', { CLIENT_SOCKET_PORT: String(ports.routers[0]!) });
      started.push(node);
      await waitForPort(ports.routers[0]!, node);
      await waitForPort(ports.gateway, node);
      return {
        databaseUrl: dbUrl,
        redisPrefix,
        gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
        routerUrls: [`http://127.0.0.1:${ports.routers[0]!}`],
        metricsUrls: [`http://127.0.0.1:${ports.routers[0]!}/metrics`],
        auth: node,
        chatCore: node,
        chatCores: [node],
        gateway: node,
        routers: [node],
        pids: () => ({ 'single-node': node.pid }),
        stop: stopAll,
      };
    }
    const auth = spawnService('auth', 'services/auth/src/main.ts');
    started.push(auth);
    await waitForPort(ports.authGrpc, auth);
    // chat-core's own metrics server; in embedded mode (one process) the router's /metrics has every service's.
    // More than one: each publishes what it commits, and routers order each room's events by seq (docs/ARCHITECTURE.md).
    const chatCores: Child[] = [];
    for (const [i, chat] of ports.chat.entries()) {
      const name = ports.chat.length === 1 ? 'chat-core' : `chat-core-${i + 1}`;
      const child = spawnService(name, 'services/chat-core/src/main.ts', { CHAT_GRPC_PORT: String(chat.grpc), CHAT_METRICS_PORT: String(chat.metrics) });
      started.push(child);
      chatCores.push(child);
      // One at a time: each applies the migrations under the same advisory lock, and the first creates the schema.
      await waitForPort(chat.grpc, child);
    }
    const chatCore = chatCores[0]!;
    const gateway = spawnService('gateway', 'services/gateway/src/main.ts');
    started.push(gateway);
    const routers = ports.routers.map((port, i) => {
      const chat = ports.chat[i % ports.chat.length]!;
      const router = spawnService(`router-${i + 1}`, 'services/router/src/main.ts', { CLIENT_SOCKET_PORT: String(port), CHAT_GRPC_URL: `127.0.0.1:${chat.grpc}` });
      started.push(router);
      return router;
    });
    await waitForPort(ports.gateway, gateway);
    for (const [i, router] of routers.entries()) await waitForPort(ports.routers[i]!, router);
    return {
      databaseUrl: dbUrl,
      redisPrefix,
      gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
      routerUrls: ports.routers.map((p) => `http://127.0.0.1:${p}`),
      metricsUrls: [...ports.routers.map((p) => `http://127.0.0.1:${p}/metrics`), ...ports.chat.map((c) => `http://127.0.0.1:${c.metrics}/metrics`)],
      auth,
      chatCore,
      chatCores,
      gateway,
      routers,
      pids: () => ({
        auth: auth.pid,
        ...Object.fromEntries(chatCores.map((c) => [c.name, c.pid])),
        gateway: gateway.pid,
        ...Object.fromEntries(routers.map((r) => [r.name, r.pid])),
      }),
      async stop() {
        await stopAll();
        await deleteRedisKeys(options.redisUrl, redisPrefix).catch(() => undefined);
      },
    };
  } catch (error) {
    await stopAll();
    await deleteRedisKeys(options.redisUrl, redisPrefix).catch(() => undefined);
    await dropDatabase(options.postgresUrl, dbName).catch(() => undefined);
    throw error;
  }
}
