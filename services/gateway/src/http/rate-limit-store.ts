import type { WindowCounters } from '@chat/common';
import { limitsUnavailable } from './limits-unavailable.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * @fastify/rate-limit's store, counting with the same fixed windows as
 * every other limit here (in Redis, or in memory in single-node mode). Its
 * own Redis store fails with the raw Redis error; this one fails with
 * UNAVAILABLE naming the cause, which the plugin (skipOnError off) hands to
 * the error handler: a 503, never an unthrottled request.
 */
export function windowStore(windows: WindowCounters, prefix: string) {
  return class WindowStore {
    private readonly key: string;

    constructor(_options: unknown, key = prefix) {
      this.key = key;
    }

    incr(id: string, callback: Callback, timeWindowMs: number): void {
      windows.hit(`${this.key}${id}`, Math.max(1, Math.ceil(timeWindowMs / 1000))).then(
        (w) => callback(null, { current: w.count, ttl: w.ttlSeconds * 1000 }),
        () => callback(limitsUnavailable('the rate limit')),
      );
    }

    /** One count per route, as the plugin's own stores keep them. */
    child(routeOptions: object): WindowStore {
      // The plugin passes the route's merged limit options, with the route under `routeInfo`
      // (its typings say the route options themselves), as its own RedisStore reads them.
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new WindowStore(undefined, `${this.key}${String(route?.method ?? '')}${String(route?.url ?? '')}:`);
    }
  };
}
