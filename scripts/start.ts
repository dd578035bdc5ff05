// `pnpm start`: the whole stack locally, with readable logs prefixed by
// service name. Ctrl-C (or SIGTERM) stops it all.
// - REDIS_URL set: one child process per service (ROUTERS routers), as deployed.
// - REDIS_URL unset: single-node mode, the four services in one child process
//   with their shared state in memory (scripts/embedded/single-node.ts).
// - DATABASE_URL unset: an embedded Postgres of our own (data in .data/pg).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { assertPostgresReachable, assertRedisReachable, ensureDatabase } from '@chat/common';
import { ProcessLauncher } from '@chat/stack';

const root = fileURLToPath(new URL('..', import.meta.url));
// Without DATABASE_URL the stack runs on an embedded Postgres of its own
// (data in .data/pg), so a newcomer needs nothing but Node. Production never
// falls back to it: a missing DATABASE_URL there is a mistake, not a wish.
const embedded = !process.env.DATABASE_URL;
const singleNode = !process.env.REDIS_URL;
if (process.env.NODE_ENV === 'production' && (embedded || singleNode)) {
  const missing = [embedded && 'DATABASE_URL', singleNode && 'REDIS_URL'].filter(Boolean).join(' and ');
  console.error(`pnpm start: ${missing} required when NODE_ENV=production (embedded Postgres and single-node mode are for local use)`);
  process.exit(1);
}
const dataDir = process.env.EMBEDDED_PG_DIR ?? `${fileURLToPath(new URL('..', import.meta.url))}.data/pg`;
const embeddedPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
let embeddedPg: { dataDir: string; stop(): Promise<void> } | undefined;

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${embeddedPort}/chat`,
  AUTH_GRPC_URL: process.env.AUTH_GRPC_URL ?? '127.0.0.1:50051',
  CHAT_GRPC_URL: process.env.CHAT_GRPC_URL ?? '127.0.0.1:50052',
};
const routers = Number(process.env.ROUTERS ?? 1);
if (singleNode && routers !== 1) {
  console.error(`pnpm start: ROUTERS=${process.env.ROUTERS} needs REDIS_URL (single-node mode runs one router: nothing would carry events to a second)`);
  process.exit(1);
}
const firstRouterPort = Number(process.env.CLIENT_SOCKET_PORT ?? 3001);

const colors: Record<string, number> = { auth: 35, 'chat-core': 36, gateway: 32, router: 33, 'single-node': 34 };
const levels: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
let stopping = false;

const prefix = (label: string, color = colors[label] ?? 0) => `\x1b[${color}m${label.padEnd(9)}\x1b[0m |`;

/**
 * pino's JSON lines, made readable: the service's name (which tells apart the
 * services sharing the single-node process), time, level, message and the
 * remaining fields.
 */
function format(line: string, label: string): string {
  try {
    const { level, time, msg, pid: _pid, hostname: _host, name, ...rest } = JSON.parse(line) as Record<string, unknown>;
    const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
    const at = new Date(Number(time)).toISOString().slice(11, 23);
    const who = label === 'single-node' && typeof name === 'string' ? prefix(name) : prefix(label, colors[label.replace(/-\d+$/, '')]);
    return `${who} ${at} ${levels[Number(level)] ?? level} ${String(msg ?? '')}${extra}`;
  } catch {
    return `${prefix(label, colors[label.replace(/-\d+$/, '')])} ${line}`;
  }
}

// The stack's one process launcher: every line printed goes to the terminal, readable; any service that exits
// on its own stops the rest. It waits for each one's SIGTERM close however long that takes.
const launcher = new ProcessLauncher({
  cwd: root,
  env,
  onLine: (label, line) => console.log(format(line, label)),
  onUnexpectedExit: (label, code, signal) => {
    if (stopping) return;
    console.error(`${prefix(label, colors[label.replace(/-\d+$/, '')])} exited (${signal ?? code}); stopping the stack`);
    void stop(1);
  },
});

/** Runs the service and, given its port, resolves once it listens there, so dependents start after their upstreams. */
async function run(label: string, entry: string, extraEnv: Record<string, string> = {}, port?: number): Promise<void> {
  launcher.add({ name: label, script: entry, env: extraEnv, ...(port === undefined ? {} : { port }) });
  await launcher.start(label);
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Reverse start order: clients' entry points first, their upstreams last.
  await launcher.stopAll();
  // The database last: every service has closed its pool by now.
  await embeddedPg?.stop().catch(() => undefined);
  process.exit(code);
}

const onSignal = () => void stop(0);
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

/**
 * Embedded Postgres in a process group of its own (scripts/embedded/postgres-main.ts):
 * Ctrl-C in the terminal then stops the services, not the database under
 * them, and it is stopped last, below. It stops itself if this script dies.
 */
async function startEmbeddedPostgresProcess(dir: string, port: number): Promise<{ dataDir: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/embedded/postgres-main.ts', dir, String(port)], {
    cwd: root,
    env: process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Where the data really is: run as root from a folder the postgres user cannot enter, it moves under /var/lib.
  const { dataDir: usedDir } = await new Promise<{ dataDir: string }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"ready":true')) resolve(JSON.parse(line) as { dataDir: string });
    });
    void exited.then(() => reject(new Error(errors.trim() || `embedded Postgres exited (${child.exitCode})`)));
  });
  return {
    dataDir: usedDir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

try {
  if (embedded) {
    const started = await startEmbeddedPostgresProcess(dataDir, embeddedPort);
    embeddedPg = started;
    if (started.dataDir !== resolve(dataDir)) {
      console.log(`embedded Postgres: ${dataDir} is out of reach of the postgres user it runs as (root, private folder): data in ${started.dataDir}`);
    }
    console.log(`embedded Postgres on 127.0.0.1:${embeddedPort}, data in ${started.dataDir}; set DATABASE_URL to use your own server`);
  }
  // The server first (the database itself may not exist yet on a fresh machine).
  const server = new URL(env.DATABASE_URL);
  server.pathname = '/postgres';
  await assertPostgresReachable(server.toString());
  await ensureDatabase(env.DATABASE_URL);
  if (!singleNode) await assertRedisReachable(process.env.REDIS_URL!);
} catch (error) {
  console.error(`pnpm start: ${(error as Error).message}`);
  await embeddedPg?.stop().catch(() => undefined);
  process.exit(1);
}

// The gateway serves the admin panel's and the demo page's built files; a fresh clone has none yet.
for (const [pkg, what, url, script] of [
  ['admin-panel', 'the admin panel', '/admin/', 'build:admin'],
  ['demo-app', 'the demo chat page', '/app/', 'build:demo'],
] as const) {
  if (existsSync(`${root}packages/${pkg}/dist/index.html`)) continue;
  console.log(`building ${what} (first start only)…`);
  try {
    execFileSync(process.execPath, [`${root}packages/${pkg}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
      cwd: `${root}packages/${pkg}`,
      stdio: 'inherit',
    });
  } catch {
    console.error(`pnpm start: ${what} did not build; the API works, ${url} will not (run pnpm ${script} to see why)`);
  }
}

const service = (name: string) => `services/${name}/src/main.ts`;
try {
  const authPort = Number(env.AUTH_GRPC_URL.split(':').pop());
  const chatPort = Number(env.CHAT_GRPC_URL.split(':').pop());
  if (singleNode) {
    const usedDir = embeddedPg?.dataDir ?? dataDir;
    const shownDir = relative(process.cwd(), usedDir).startsWith('..') ? usedDir : relative(process.cwd(), usedDir);
    const where = embedded ? `data in ${shownDir}` : `data in ${new URL(env.DATABASE_URL).host}`;
    console.log(`${embedded ? 'embedded mode' : 'single-node mode'}: single node, ${where}; set ${embedded ? 'DATABASE_URL and REDIS_URL' : 'REDIS_URL'} to scale out`);
    await run('single-node', 'scripts/embedded/single-node-main.ts', { AUTH_GRPC_PORT: String(authPort), CHAT_GRPC_PORT: String(chatPort), CLIENT_SOCKET_PORT: String(firstRouterPort) });
  } else {
    await run('auth', service('auth'), { AUTH_GRPC_PORT: String(authPort) }, authPort);
    await run('chat-core', service('chat-core'), { CHAT_GRPC_PORT: String(chatPort) }, chatPort);
    // The entry points are not waited for: each waits for its upstreams by itself.
    await run('gateway', service('gateway'));
    for (let i = 0; i < routers; i++) {
      await run(routers > 1 ? `router-${i + 1}` : 'router', service('router'), { CLIENT_SOCKET_PORT: String(firstRouterPort + i) });
    }
  }
} catch (error) {
  console.error(`pnpm start: ${(error as Error).message}`);
  await stop(1);
}
