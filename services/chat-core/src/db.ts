import type pg from 'pg';

/** A pool, a pooled client inside a transaction, or a dedicated client: stores do not care which. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}
