import type { Redis, WindowCounters } from '@chat/common';

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
