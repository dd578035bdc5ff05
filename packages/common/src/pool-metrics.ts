import type pg from 'pg';
import { Gauge } from 'prom-client';
import { registeredOnce } from './metrics.ts';

/**
 * Sources read when Prometheus scrapes, never on a request's path. Kept on
 * globalThis: the gauge is registered once per process (registeredOnce),
 * however many times this module is evaluated, so its collect callback must
 * find the sources every copy of the module adds.
 */
function processWide<T>(key: string, create: () => T): T {
  const slot = Symbol.for(`chat.metrics.${key}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return (holder[slot] ??= create());
}

const pools = processWide('pools', () => new Map<pg.Pool, string>());

registeredOnce('chat_pg_pool_clients', () => new Gauge({
  name: 'chat_pg_pool_clients',
  help: 'Postgres pool connections by state; waiting counts queries queued for a free connection',
  labelNames: ['service', 'state'] as const,
  collect() {
    this.reset();
    for (const [pool, service] of pools) {
      this.inc({ service, state: 'total' }, pool.totalCount);
      this.inc({ service, state: 'idle' }, pool.idleCount);
      this.inc({ service, state: 'waiting' }, pool.waitingCount);
    }
  },
}));

/** Reports the pool's connections on each scrape until the returned function is called (at close). */
export function watchPool(service: string, pool: pg.Pool): () => void {
  pools.set(pool, service);
  return () => void pools.delete(pool);
}

export { processWide };
