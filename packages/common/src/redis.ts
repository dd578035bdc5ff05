import { Redis } from 'ioredis';
import type { Logger } from './logger.ts';

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

/**
 * A checked, long-lived client: ioredis reconnects on its own, and without an
 * 'error' listener an outage would end the process, so outages are logged.
 */
export async function openRedis(url: string, log: Logger, role = 'client'): Promise<Redis> {
  await assertRedisReachable(url);
  const client = createRedis(url);
  client.on('error', (error: Error) => log.warn({ err: error, role }, 'redis connection error'));
  return client;
}

/** QUIT (waits for replies in flight), or a plain disconnect when Redis is away. */
export async function closeRedis(client: Redis): Promise<void> {
  await client.quit().then(
    () => undefined,
    () => client.disconnect(),
  );
}

export type { Redis };
