import fp from 'fastify-plugin';
import { closeRedis, createRedis, memoryWindowCounters, readyRedisCounters, redisWindowCounters, type Redis, type WindowCounters } from '@chat/common';

declare module 'fastify' {
  interface FastifyInstance {
    /** Undefined in single-node mode: the rate limits then count in memory. */
    redis: Redis | undefined;
    /** Prefix of every key this gateway writes (REDIS_PREFIX). */
    redisPrefix: string;
    /** What every limit of the gateway counts with: in Redis, shared by every gateway; in memory in single-node mode. */
    windows: WindowCounters;
  }
}

export const redis = fp<{ url: string | undefined; prefix: string }>(
  async (app, { url, prefix }) => {
    app.decorate('redisPrefix', prefix);
    if (!url) {
      app.decorate('redis', undefined);
      app.decorate('windows', memoryWindowCounters());
      return;
    }
    const client = createRedis(url);
    // ioredis reconnects on its own; without a listener an outage would crash the process.
    client.on('error', (error: Error) => app.log.warn({ err: error }, 'redis connection error'));
    app.decorate('redis', client);
    app.decorate('windows', readyRedisCounters(client, redisWindowCounters(client)));
    app.addHook('onClose', () => closeRedis(client));
  },
  { name: 'redis' },
);
