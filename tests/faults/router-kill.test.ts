import { describe, expect, it } from 'vitest';
import { sleep } from './support/fault-stack.ts';
import { faultReport, printReport, underLoad } from './support/load.ts';
import { useOwnRedisWorld } from './support/own-redis-world.ts';

const fixture = useOwnRedisWorld();

describe('kill -9 of one of two routers mid-load', () => {
  it("moves its clients to the other router within 5 s, where they catch up: nothing acknowledged is missing from Postgres or from any member", async () => {
    const { env, world } = fixture;
    const clients = await fixture.connect();
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
