import { afterAll, beforeAll } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { connectClients, startFaultWorld, type FaultWorld } from './fault-stack.ts';
import type { LoadClient } from './load.ts';
import { OwnRedis } from '@chat/testing/own-redis.ts';

export interface OwnRedisWorld {
  readonly env: TestEnv;
  readonly redis: OwnRedis;
  readonly world: FaultWorld;
  /** One client per user, spread over the routers; closed after the file. */
  connect(): Promise<LoadClient[]>;
}

type WorldOptions = NonNullable<Parameters<typeof startFaultWorld>[1]>;

/**
 * The fixture of a fault test file: its own database, a redis-server of its
 * own (so Redis can be killed without touching the machine's) and the stack
 * as processes on them, all removed after the file. The fields are set by
 * the `beforeAll` this registers, so read them inside tests and hooks only.
 */
export function useOwnRedisWorld(options: WorldOptions & { env?: Record<string, string> } = {}): OwnRedisWorld {
  const { env: extraEnv = {}, ...worldOptions } = options;
  let env: TestEnv | undefined;
  let redis: OwnRedis | undefined;
  let world: FaultWorld | undefined;
  const clients: LoadClient[] = [];

  beforeAll(async () => {
    env = await createTestEnv();
    redis = await OwnRedis.start();
    world = await startFaultWorld({ ...env.env, REDIS_URL: redis.url, LOG_LEVEL: 'warn', ...extraEnv }, worldOptions);
  }, 120_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await world?.stack.stopAll();
    await redis?.kill();
    await env?.cleanup();
  });

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the fault world's ${name} is not ready: read it inside a test or hook`);
    return value;
  };
  return {
    get env() {
      return ready(env, 'env');
    },
    get redis() {
      return ready(redis, 'redis');
    },
    get world() {
      return ready(world, 'world');
    },
    async connect() {
      const connected = await connectClients(ready(world, 'world'));
      clients.push(...connected);
      return connected;
    },
  };
}
