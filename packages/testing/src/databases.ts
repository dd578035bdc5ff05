import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createPool, isProcessAlive, migrate } from '@chat/common';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every service's migrations, applied to the template in the order services depend on them. */
export const SERVICE_MIGRATIONS: [schema: string, dir: string][] = [
  ['auth', `${root}services/auth/migrations`],
  ['chat', `${root}services/chat-core/migrations`],
];

/**
 * Databases are named after the test run that owns them (the pid of the
 * vitest main process), so two runs on one server (CI beside a developer's
 * watch mode) never drop each other's databases. The name travels to the
 * workers through the environment, which they inherit from the main process.
 */
const RUN_ENV = 'CHAT_TEST_RUN';
const runId = (): string => process.env[RUN_ENV] ?? String(process.pid);
const templateName = (run: string) => `chat_tmpl_${run}`;
const DB_PREFIX = 'chat_t_';


/** The `single-node` test project: its files run the services without Redis, on the embedded Postgres its global setup started. */
export const isSingleNodeRun = (): boolean => process.env.CHAT_TEST_MODE === 'single-node';

export const serverUrl = (): string =>
  (isSingleNodeRun() ? process.env.TEST_EMBEDDED_DATABASE_SERVER : undefined) ?? process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
export const redisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const databaseUrl = (name: string, server = serverUrl()): string => `${server}/${name}`;

async function admin<T>(fn: (client: pg.Client) => Promise<T>, server = serverUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres', server) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Run once per test run, in vitest's main process: a migrated template of
 * this run's own, after removing what runs that crashed left behind (their
 * owning process is gone).
 */
export async function createTemplate(server = serverUrl()): Promise<void> {
  const run = String(process.pid);
  process.env[RUN_ENV] = run;
  await admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'chat\_tmpl\_%' OR datname LIKE 'chat\_t\_%'`,
    );
    for (const { datname } of rows) {
      const owner = Number(/^chat_(?:tmpl|t)_(\d+)/.exec(datname)?.[1]);
      if (Number.isInteger(owner) && !isProcessAlive(owner)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE "${templateName(run)}"`);
  }, server);
  const pool = createPool(databaseUrl(templateName(run), server), 1);
  try {
    for (const [schema, dir] of SERVICE_MIGRATIONS) await migrate(pool, schema, dir);
  } finally {
    await pool.end();
  }
}

export async function dropTemplate(server = serverUrl()): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${templateName(runId())}" WITH (FORCE)`), server);
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of this test file's own, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${DB_PREFIX}${runId()}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName(runId())}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
