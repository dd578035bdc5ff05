import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where embedded Postgres lives when root runs `pnpm start` from a folder
 * the `postgres` user cannot enter (a clone in /root, mode 0700): Postgres
 * refuses to run as root, and the user it runs as instead must reach its
 * binaries and own its data.
 */
export const ROOT_PG_HOME = '/var/lib/chat-embedded-postgres';

/** Whether a user that is neither the owner nor in the group can walk down to `path` (its nearest existing folder). */
export function reachableByOthers(path: string): boolean {
  let current = resolve(path);
  while (!existsSync(current)) current = dirname(current);
  for (;;) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The data folder used instead of `dataDir`: one per configured folder, so two clones keep their data apart. */
export function relocatedDataDir(dataDir: string): string {
  return join(ROOT_PG_HOME, `data-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12)}`);
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // As the library does: the user Postgres runs as, created once.
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** The package's `native` folder (bin, lib, share) copied under ROOT_PG_HOME once per version, readable by everyone. */
function copiedBinaries(nativeDir: string, version: string): string {
  const target = join(ROOT_PG_HOME, `postgresql-${version}`);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  const partial = `${target}.partial-${process.pid}`;
  cpSync(nativeDir, partial, { recursive: true });
  chmodSync(partial, 0o755);
  // Renamed when complete: a start killed mid-copy leaves no half folder that looks done.
  renameSync(partial, target);
  return target;
}

export interface RootPostgres {
  dataDir: string;
  process: ChildProcess;
}

/**
 * initdb (first start) and the postmaster, run as the `postgres` user from
 * copied binaries, with the data under ROOT_PG_HOME owned by that user.
 * Resolves once Postgres accepts connections.
 */
export async function startAsPostgresUser(options: { nativeDir: string; version: string; dataDir: string; port: number; password: string }): Promise<RootPostgres> {
  mkdirSync(ROOT_PG_HOME, { recursive: true, mode: 0o755 });
  chmodSync(ROOT_PG_HOME, 0o755);
  const ids = postgresIds();
  const bin = join(copiedBinaries(options.nativeDir, options.version), 'bin');
  const { dataDir } = options;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chownSync(dataDir, ids.uid, ids.gid);
  const env = { ...process.env, LC_MESSAGES: 'C' };
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const passwordFile = join(ROOT_PG_HOME, `.pwfile-${process.pid}`);
    writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
    chownSync(passwordFile, ids.uid, ids.gid);
    try {
      execFileSync(
        join(bin, 'initdb'),
        [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--lc-messages=C'],
        { ...ids, env, cwd: ROOT_PG_HOME, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }
  const child = spawn(join(bin, 'postgres'), ['-D', dataDir, '-p', String(options.port)], { ...ids, env, cwd: ROOT_PG_HOME, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines: string[] = [];
  await new Promise<void>((ready, fail) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      lines.push(text.trim());
      if (lines.length > 10) lines.shift();
      if (text.includes('database system is ready to accept connections')) ready();
    });
    child.once('exit', () => fail(new Error(lines.join(' | ') || 'postgres exited')));
    child.once('error', fail);
  });
  return { dataDir, process: child };
}
