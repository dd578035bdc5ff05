import fp from 'fastify-plugin';
import { createRedis, type Redis } from '@chat/common';

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis;
    /** Prefix of every key this gateway writes (REDIS_PREFIX). */
    redisPrefix: string;
  }
}

export const redis = fp<{ url: string; prefix: string }>(
  async (app, { url, prefix }) => {
    const client = createRedis(url);
    // ioredis reconnects on its own; without a listener an outage would crash the process.
    client.on('error', (error: Error) => app.log.warn({ err: error }, 'redis connection error'));
    app.decorate('redis', client);
    app.decorate('redisPrefix', prefix);
    app.addHook('onClose', async () => {
      await client.quit().catch(() => client.disconnect());
    });
  },
  { name: 'redis' },
);
