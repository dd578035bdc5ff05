import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { connectClients, sleep, startFaultWorld, type FaultWorld } from './support/fault-stack.ts';
import { faultReport, printReport, underLoad, type LoadClient } from './support/load.ts';
import { OwnRedis } from './support/redis-server.ts';

let env: TestEnv;
let redis: OwnRedis;
let world: FaultWorld;
let clients: LoadClient[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  redis = await OwnRedis.start();
  world = await startFaultWorld({ ...env.env, REDIS_URL: redis.url, LOG_LEVEL: 'warn' });
}, 120_000);

afterAll(async () => {
  clients.forEach((c) => c.close());
  await world?.stack.stopAll();
  await redis?.kill();
  await env?.cleanup();
});

describe('kill -9 of one of two routers mid-load', () => {
  it("moves its clients to the other router within 5 s, where they catch up: nothing acknowledged is missing from Postgres or from any member", async () => {
    clients = await connectClients(world);
    const onDoomed = clients.filter((_, i) => i % 2 === 0);
    let killedAt = 0;
    await underLoad(clients, { seconds: 8 }, async () => {
      await sleep(2500);
      killedAt = Date.now();
      await world.stack.stop('router-1', 'SIGKILL');
    });
    // Live delivery settles, then everyone asks for what they may have missed.
    await sleep(1000);
    await Promise.all(clients.map((c) => c.syncAll()));
    const report = await faultReport(clients, env.databaseUrl, world.rooms);
    printReport('kill -9 router', report);

    for (const client of onDoomed) {
      const outage = client.outages.find((o) => o.from >= killedAt - 100);
      expect(outage?.to, `user ${client.user.userId} reconnected`).toBeDefined();
      expect(outage!.to! - killedAt).toBeLessThan(5000);
    }
    expect(clients.every((c) => c.connected)).toBe(true);
    expect(report.acknowledged).toBeGreaterThan(100);
    expect(report.lostFromPostgres).toBe(0);
    expect(report.lostFromMembers).toBe(0);
    expect(report.duplicated).toBe(0);
    expect(report.persisted).toBeGreaterThanOrEqual(report.acknowledged);
  }, 120_000);
});
