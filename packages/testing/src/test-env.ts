import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createTestDatabase, redisUrl } from './databases.ts';

export interface TestEnv {
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key and pub/sub channel this file's services use. */
  redisPrefix: string;
  /** The environment a service's config parser expects, pointing at this file's database and prefix. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/**
 * Isolation for one test file: its own database (a template copy) and its own
 * Redis prefix, so files run in parallel and leave nothing behind.
 */
export async function createTestEnv(): Promise<TestEnv> {
  const db = await createTestDatabase();
  const redisPrefix = `test-${randomBytes(4).toString('hex')}`;
  const url = redisUrl();
  return {
    databaseUrl: db.url,
    redisUrl: url,
    redisPrefix,
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: db.url,
      REDIS_URL: url,
      REDIS_PREFIX: redisPrefix,
      // Test files run in parallel on two cores: a 5 s deadline fails calls that are slow, not broken.
      GRPC_DEADLINE_MS: '20000',
      // Likewise a burst of hundreds of sends can wait longer than the default admission budget
      // (CHAT_MAX_QUEUE_WAIT_MS) there; the admission tests set their own.
      CHAT_MAX_QUEUE_WAIT_MS: '10000',
      // And the router's event loop runs late there for reasons of the machine's, not of the router's load;
      // the load-shedding test sets its own.
      ROUTER_MAX_EVENT_LOOP_LAG_MS: '0',
    },
    async cleanup() {
      await db.drop();
      const redis = new Redis(url);
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 500);
          cursor = next;
          if (keys.length > 0) await redis.del(...keys);
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}
