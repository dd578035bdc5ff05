import type pg from 'pg';

/**
 * A pool, a pooled client inside a transaction, or a dedicated client:
 * stores do not care which. A statement may be named (`{ name, text }`):
 * each connection then parses and plans it once, which the append path's
 * statements, run hundreds of times a second, are.
 */
export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string | { name: string; text: string }, values?: unknown[]): Promise<pg.QueryResult<R>>;
}
