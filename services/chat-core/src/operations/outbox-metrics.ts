import { Counter, Gauge, processWide, registeredOnce, type Pool } from '@chat/common';

/** Pools of the chat-cores in this process (one, but for tests): they share one database, so the first one answers. */
const pools = processWide('outbox-pools', () => new Set<Pool>());

/** A scrape must not hang on a database that does not answer. */
const QUERY_TIMEOUT_MS = 1000;

interface OutboxState {
  depth: number;
  oldestSeconds: number;
}

/**
 * One query per scrape for both gauges: prom-client calls each gauge's
 * collect in turn, so the second one reuses the first one's answer.
 */
let pending: Promise<OutboxState> | undefined;
function outboxState(): Promise<OutboxState> {
  pending ??= queryOutbox().finally(() => setTimeout(() => (pending = undefined), 100).unref());
  return pending;
}

async function queryOutbox(): Promise<OutboxState> {
  const pool = pools.values().next().value;
  if (!pool) return { depth: 0, oldestSeconds: 0 };
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('outbox query timed out')), QUERY_TIMEOUT_MS);
    });
    const { rows } = await Promise.race([
      pool.query<{ depth: number; oldest_seconds: number }>(
        `SELECT count(*)::int AS depth,
                coalesce(extract(epoch FROM now() - min(queued_at)), 0)::float8 AS oldest_seconds
           FROM chat.outbox`,
      ),
      timeout,
    ]);
    return { depth: rows[0]!.depth, oldestSeconds: rows[0]!.oldest_seconds };
  } catch {
    // NaN, not the last value: a stale depth would look like a healthy one.
    return { depth: Number.NaN, oldestSeconds: Number.NaN };
  } finally {
    clearTimeout(timer);
  }
}

registeredOnce('chat_outbox_depth', () => new Gauge({
  name: 'chat_outbox_depth',
  help: 'Committed events not yet taken off the outbox (published or not yet known to be)',
  async collect() {
    this.set((await outboxState()).depth);
  },
}));

registeredOnce('chat_outbox_oldest_age_seconds', () => new Gauge({
  name: 'chat_outbox_oldest_age_seconds',
  help: 'Age of the oldest event still in the outbox: how far behind publishing is',
  async collect() {
    this.set((await outboxState()).oldestSeconds);
  },
}));

export const eventsPublished = registeredOnce('chat_events_published_total', () => new Counter({
  name: 'chat_events_published_total',
  help: 'Committed timeline events handed to the routers (Redis, or the in-process bus)',
}));

/** Reads the outbox of this pool's database on each scrape until the returned function is called. */
export function watchOutbox(pool: Pool): () => void {
  pools.add(pool);
  return () => void pools.delete(pool);
}
