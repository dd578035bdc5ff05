import type { Redis } from 'ioredis';

export interface WindowCount {
  /** Hits in the key's current window, this one included. */
  count: number;
  /** Seconds until the window ends (at least 1 while it is open). */
  ttlSeconds: number;
}

/**
 * Fixed-window counters, what every rate limit here counts with. A window
 * opens with its key's first hit and lasts `windowSeconds`. In Redis the
 * counts are shared by every replica; in memory they serve the one process of
 * single-node mode (`pnpm start` without REDIS_URL).
 */
export interface WindowCounters {
  hit(key: string, windowSeconds: number): Promise<WindowCount>;
  /** Takes one hit back while the window is open; an ended window stays ended. */
  unhit(key: string): Promise<void>;
  /** Ends the key's window: the next hit opens a new one. */
  reset(key: string): Promise<void>;
}

// A plain DECR on a key whose window just ended would recreate it without an expiry.
const DECR_IF_EXISTS = `if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end return 0`;

export function redisWindowCounters(redis: Redis): WindowCounters {
  return {
    async hit(key, windowSeconds) {
      const replies = await redis.multi().set(key, 0, 'EX', windowSeconds, 'NX').incr(key).ttl(key).exec();
      const failed = !replies ? new Error('transaction aborted') : replies.find(([error]) => error)?.[0];
      if (failed) throw failed;
      return { count: Number(replies![1]![1]), ttlSeconds: Math.max(1, Number(replies![2]![1])) };
    },
    async unhit(key) {
      await redis.eval(DECR_IF_EXISTS, 1, key);
    },
    async reset(key) {
      await redis.del(key);
    },
  };
}

/** How often ended windows are dropped, so keys hit once do not pile up. */
const SWEEP_MS = 60_000;

export function memoryWindowCounters(now: () => number = Date.now): WindowCounters {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const open = (key: string) => {
    const window = windows.get(key);
    if (window && window.endsAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return window;
  };
  // unref: the sweep alone never keeps the process alive.
  setInterval(() => {
    const t = now();
    for (const [key, window] of windows) if (window.endsAt <= t) windows.delete(key);
  }, SWEEP_MS).unref();
  return {
    async hit(key, windowSeconds) {
      let window = open(key);
      if (!window) {
        window = { count: 0, endsAt: now() + windowSeconds * 1000 };
        windows.set(key, window);
      }
      window.count++;
      return { count: window.count, ttlSeconds: Math.max(1, Math.ceil((window.endsAt - now()) / 1000)) };
    },
    async unhit(key) {
      const window = open(key);
      if (window) window.count--;
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

/**
 * Counts in Redis, failing at once while a client that was connected is
 * not. The shared client queues a command through two reconnection attempts
 * (seconds, once its back-off has grown) before failing it; a login the
 * limiter must refuse anyway would wait that long for nothing, and pile up
 * meanwhile. Before the first connection commands queue as usual, so a call
 * in the first milliseconds after start is not refused.
 */
export function readyRedisCounters(redis: Pick<Redis, 'status' | 'once'>, windows: WindowCounters): WindowCounters {
  let wasReady = redis.status === 'ready';
  if (!wasReady) redis.once('ready', () => (wasReady = true));
  const ready = () =>
    redis.status === 'ready' || !wasReady ? Promise.resolve() : Promise.reject(new Error(`Redis is not connected (${redis.status})`));
  return {
    hit: (key, windowSeconds) => ready().then(() => windows.hit(key, windowSeconds)),
    unhit: (key) => ready().then(() => windows.unhit(key)),
    reset: (key) => ready().then(() => windows.reset(key)),
  };
}
