import { createPool } from '@chat/common';

/** Every table a client's request can change, in both services' schemas. */
export const SNAPSHOT_TABLES = [
  'auth.users',
  'auth.sessions',
  'auth.refresh_tokens',
  'auth.admin_audit',
  'chat.rooms',
  'chat.members',
  'chat.messages',
  'chat.room_events',
  'chat.membership_log',
  'chat.invitations',
] as const;

export type Snapshot = Record<string, { rows: number; digest: string }>;

/**
 * Row count and a digest of every row of each table: a count alone would miss
 * an edit, a changed flag or a revoked session.
 */
export async function snapshot(databaseUrl: string, tables: readonly string[] = SNAPSHOT_TABLES): Promise<Snapshot> {
  const client = createPool(databaseUrl, 1);
  try {
    const result: Snapshot = {};
    for (const table of tables) {
      // Table names come from the list above, never from input.
      const { rows } = await client.query<{ rows: string; digest: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${table} t`,
      );
      result[table] = { rows: Number(rows[0]!.rows), digest: rows[0]!.digest };
    }
    return result;
  } finally {
    await client.end();
  }
}
