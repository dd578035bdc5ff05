import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createPool, migrate } from '@chat/common';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every service's migrations, applied to the template in the order services depend on them. */
export const SERVICE_MIGRATIONS: [schema: string, dir: string][] = [
  ['auth', `${root}services/auth/migrations`],
  ['chat', `${root}services/chat-core/migrations`],
];

export const TEMPLATE_DB = 'chat_test_template';
const DB_PREFIX = 'chat_t_';

export const serverUrl = (): string => process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
export const redisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const databaseUrl = (name: string): string => `${serverUrl()}/${name}`;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Run once per test run: a migrated template, and nothing left over from an earlier crashed run. */
export async function createTemplate(): Promise<void> {
  await admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [TEMPLATE_DB, `${DB_PREFIX}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  });
  const pool = createPool(databaseUrl(TEMPLATE_DB), 1);
  try {
    for (const [schema, dir] of SERVICE_MIGRATIONS) await migrate(pool, schema, dir);
  } finally {
    await pool.end();
  }
}

export async function dropTemplate(): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`));
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of this test file's own, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
