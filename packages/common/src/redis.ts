import { Redis } from 'ioredis';

/**
 * A Redis client that keeps retrying in the background (a Redis restart must
 * not take a service down) and fails commands fast while it is away instead
 * of queueing them without bound.
 */
export function createRedis(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    lazyConnect: false,
  });
}

export async function assertRedisReachable(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach Redis at ${new URL(url).host} (${reason}): start it, or set REDIS_URL to a running server`);
  } finally {
    client.disconnect();
  }
}

export type { Redis };
