import pg from 'pg';
import { migrate } from './migrate.ts';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

// bigint (int8) columns come back as strings: seq and counts stay exact.
export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection (Postgres restart) must not crash the process.
  pool.on('error', () => undefined);
  // Nor one that is checked out: pg-pool drops its own listener while a client
  // is lent, so a connection cut between two statements (a restart mid-
  // transaction) emitted 'error' with no listener and ended the process (the
  // fault tests saw chat-core die so). The statement in progress or the next
  // one still fails, as isDatabaseUnreachable recognises.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Node's socket errors and Postgres's SQLSTATEs that mean the server is away, not that the query was wrong. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: still starting up or shutting down
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08006', // connection_failure
]);

/**
 * Whether an error says Postgres could not be reached (stopped, restarting,
 * connection lost mid-query) rather than that a statement failed. Callers
 * answer it as UNAVAILABLE, a failure worth retrying, instead of INTERNAL.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  // node-postgres raises these without a code.
  return /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated unexpectedly)/.test(error.message);
}

/** Runs fn in a transaction on one client, rolling back when it throws. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** One line saying what is wrong and how to fix it, for a start that cannot reach Postgres. */
export async function assertPostgresReachable(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const url = new URL(connectionString);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot reach Postgres at ${url.host}${url.pathname} (${reason}): start it, or set DATABASE_URL to a running server`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database named in the URL when it does not exist yet (local development). */
export async function ensureDatabase(connectionString: string): Promise<void> {
  const url = new URL(connectionString);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(connectionString);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    // Two services creating the same database at once: the loser sees a duplicate.
    if (!(error instanceof Error && /already exists|duplicate key/.test(error.message))) throw error;
  } finally {
    await client.end();
  }
}

export interface DatabaseOptions {
  url: string;
  nodeEnv: string;
  /** The service's own schema, and the folder of its numbered migrations. */
  schema: string;
  migrations: string;
}

/**
 * What a service does with its database before serving: create it in local
 * development (tests get theirs made), check it answers (one readable line if
 * not), and migrate its schema. The pool is ended again when any step fails.
 */
export async function openDatabase({ url, nodeEnv, schema, migrations }: DatabaseOptions): Promise<pg.Pool> {
  if (nodeEnv === 'development') await ensureDatabase(url).catch(() => undefined);
  await assertPostgresReachable(url);
  const pool = createPool(url);
  try {
    await migrate(pool, schema, migrations);
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}
