import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { isProcessAlive } from '@chat/common';
import { waitFor } from '@chat/testing';
import { curl, freePort, json, pnpmStart, registerAndLogin, runTutorial, type StartedStack, type TutorialRun } from './support/tutorial.ts';

/**
 * Zero-dependency start: `pnpm start` with neither DATABASE_URL nor REDIS_URL
 * set runs embedded Postgres and every service in one process. The system
 * Postgres (5432) and Redis (6379) keep running on this machine; the test
 * shows that nothing of the stack connects to them, that the tutorial works,
 * and that the data survives a Ctrl-C and a second start.
 */
let dir: string;
let dataDir: string;
let ports: { gateway: number; router: number; auth: number; chat: number; postgres: number };
let env: NodeJS.ProcessEnv;
let stack: StartedStack | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chat-embedded-start-'));
  // Run as root, Postgres runs as the `postgres` user, which must reach its data folder.
  chmodSync(dir, 0o755);
  dataDir = join(dir, 'pg');
  ports = { gateway: await freePort(), router: await freePort(), auth: await freePort(), chat: await freePort(), postgres: await freePort() };
  env = { ...process.env };
  // The test runner's own settings must not leak in: this is a developer's shell with nothing configured.
  for (const name of Object.keys(env)) if (/^(DATABASE_URL|REDIS_URL|REDIS_PREFIX|TEST_|CHAT_TEST_)/.test(name)) delete env[name];
  Object.assign(env, {
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(ports.postgres),
    GATEWAY_PORT: String(ports.gateway),
    CLIENT_SOCKET_PORT: String(ports.router),
    AUTH_GRPC_URL: `127.0.0.1:${ports.auth}`,
    CHAT_GRPC_URL: `127.0.0.1:${ports.chat}`,
  });
  stack = await pnpmStart(env, ports.gateway);
}, 180_000);

afterAll(async () => {
  if (stack && stack.child.exitCode === null) await stack.interrupt();
  // A postmaster left behind by a failed run must not outlive the test.
  for (const pid of postgresPids()) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}, 180_000);


/** pids of processes whose command line names our data folder (what `pgrep -f` matches). */
function postgresPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', dataDir], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches.
  }
}

/** The pid and every descendant of it, from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in parentheses may hold spaces: fields count from its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The remote ports of every TCP connection the processes hold (their sockets' inodes looked up in /proc/net/tcp*). */
function remotePortsOf(pids: number[]): number[] {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match) inodes.add(match[1]!);
      } catch {
        // Closed meanwhile.
      }
    }
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || !inodes.has(fields[9]!)) continue;
      ports.push(parseInt(fields[2]!.split(':')[1]!, 16));
    }
  }
  return ports;
}

describe('pnpm start with no DATABASE_URL and no REDIS_URL', () => {
  const sockets: Socket[] = [];
  let tutorial: TutorialRun;
  afterAll(() => sockets.forEach((s) => s.disconnect()));

  it('says it runs embedded, on one node, and where its data lives', () => {
    expect(stack!.output()).toContain(`embedded mode: single node, data in ${dataDir}; set DATABASE_URL and REDIS_URL to scale out`);
    for (const service of ['auth', 'chat-core', 'gateway', 'router']) expect(stack!.output()).toContain(`${service} `);
  });

  it('runs the four services in one process', () => {
    const commands = processTree(stack!.child.pid!).map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        return '';
      }
    });
    expect(commands.filter((c) => c.includes('single-node-main.ts'))).toHaveLength(1);
    expect(commands.filter((c) => /services\/[\w-]+\/src\/main\.ts/.test(c))).toEqual([]);
  });

  it('runs the tutorial on its one router', async () => {
    tutorial = await runTutorial({ gateway: ports.gateway, senderRouter: ports.router, receiverRouter: ports.router }, sockets);
  });

  it('serves every service\'s metrics at the gateway\'s /metrics, with no credentials', async () => {
    const res = await fetch(`http://127.0.0.1:${ports.gateway}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    // The gateway's, the router's, auth's and chat-core's own, from the one process's registry.
    expect(text).toMatch(/^http_requests_total\{method="POST",route="\/authentication\/local"/m);
    expect(text).toMatch(/^chat_router_sockets_connected \d+/m);
    expect(text).toMatch(/^grpc_server_handled_total\{grpc_service="chat\.auth\.v1\.Auth",grpc_method="Login",grpc_code="OK"\} \d+/m);
    // CreateRoom, not SendMessages: in one process the router hands sends to chat-core directly (scripts/embedded/in-process-send.ts).
    expect(text).toMatch(/^grpc_server_handled_total\{grpc_service="chat\.core\.v1\.ChatCore",grpc_method="CreateRoom",grpc_code="OK"\} \d+/m);
    expect(text).toMatch(/^chat_outbox_depth \d+/m);
  });

  it('never connects to the system Postgres (5432) or Redis (6379), only to its embedded Postgres', () => {
    const remote = remotePortsOf(processTree(stack!.child.pid!));
    // The detector sees the services' connections to the embedded server, so an empty answer below means something.
    expect(remote).toContain(ports.postgres);
    expect(remote).not.toContain(5432);
    expect(remote).not.toContain(6379);
  });

  it('stops everything on Ctrl-C, embedded Postgres included', async () => {
    expect(postgresPids().length).toBeGreaterThan(0);
    expect(await stack!.interrupt()).toBe(0);
    expect(postgresPids()).toEqual([]);
    expect(await fetch(`http://127.0.0.1:${ports.gateway}/health`).then(() => true, () => false)).toBe(false);
  }, 60_000);

  it('keeps users, rooms and messages across a second start, and stops on SIGTERM too', async () => {
    stack = await pnpmStart(env, ports.gateway);
    const base = `http://localhost:${ports.gateway}`;
    // The old access token still verifies (the signing key is stored) and a new login works.
    const member = await registerAndLogin(ports.gateway, 'p1@tutorial.example');
    expect(member.userId).toBe(tutorial.member.userId);
    const history = json(await curl([`${base}/chat/messages?roomId=${tutorial.roomId}`, '--header', `Authorization: Bearer ${tutorial.member.accessToken}`]));
    expect(history.count).toBe(1);
    expect((history.messages as { message: string }[])[0]!.message).toBe('Hello Conduit Users');
    const rooms = json(await curl([`${base}/chat/rooms`, '--header', `Authorization: Bearer ${member.accessToken}`]));
    expect(JSON.stringify(rooms)).toContain(tutorial.roomId);
    // A process manager's stop: SIGTERM to pnpm alone, not to the whole group as Ctrl-C does.
    const pids = processTree(stack.child.pid!);
    await stack.terminate();
    await waitFor('every process of the stack to exit', () => (pids.every((pid) => !isProcessAlive(pid)) ? true : undefined), 30_000);
    expect(postgresPids()).toEqual([]);
  }, 180_000);
});

describe('pnpm start killed with -9', () => {
  it('leaves no Postgres behind: the database stops itself once the start script is gone, and the next start has the data', async () => {
    stack = await pnpmStart(env, ports.gateway);
    const before = await registerAndLogin(ports.gateway, 'p1@tutorial.example');
    expect(postgresPids().length).toBeGreaterThan(0);
    // The whole terminal's process group, at once and without a chance to clean up.
    process.kill(-stack.child.pid!, 'SIGKILL');
    await waitFor('embedded Postgres to stop by itself', () => (postgresPids().length === 0 ? true : undefined), 30_000);
    stack = await pnpmStart(env, ports.gateway);
    expect((await registerAndLogin(ports.gateway, 'p1@tutorial.example')).userId).toBe(before.userId);
    expect(await stack.interrupt()).toBe(0);
    expect(postgresPids()).toEqual([]);
  }, 180_000);
});

describe('pnpm start refuses what embedded mode cannot be', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  /** The start script with the given variables and no URLs; resolves with its exit code and output. */
  const startWith = async (vars: Record<string, string>) => {
    const clean = { ...env, ...vars };
    delete clean.EMBEDDED_PG_DIR;
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env: clean, timeout: 30_000 });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
    }
  };

  it('never in production: NODE_ENV=production without the URLs names both and exits 1', async () => {
    const { code, output } = await startWith({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL and REDIS_URL required when NODE_ENV=production');
    expect(postgresPids()).toEqual([]);
  });

  it('one router only: ROUTERS=2 without REDIS_URL says why and exits 1', async () => {
    const { code, output } = await startWith({ ROUTERS: '2' });
    expect(code).toBe(1);
    expect(output).toContain('ROUTERS=2 needs REDIS_URL');
  });
});
