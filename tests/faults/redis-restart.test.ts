import { describe, expect, it } from 'vitest';
import { waitFor } from '@chat/testing';
import { sleep } from './support/fault-stack.ts';
import { faultReport, printReport, underLoad } from './support/load.ts';
import { useOwnRedisWorld } from './support/own-redis-world.ts';

const fixture = useOwnRedisWorld();

describe('Redis restarted mid-load', () => {
  it('loses no acknowledged message: each is delivered live or recovered by sync, and live delivery resumes by itself', async () => {
    const { env, redis, world } = fixture;
    const clients = await fixture.connect();
    await underLoad(clients, { seconds: 9 }, async () => {
      await sleep(2500);
      await redis.kill();
      await sleep(2000);
      await redis.start();
    });
    const report = await (async () => {
      await sleep(1500);
      await Promise.all(clients.map((c) => c.syncAll()));
      return faultReport(clients, env.databaseUrl, world.rooms);
    })();
    printReport('Redis restart', report);
    expect(report.acknowledged).toBeGreaterThan(100);
    expect(report.lostFromPostgres).toBe(0);
    expect(report.lostFromMembers).toBe(0);
    expect(report.duplicated).toBe(0);
    // No process died with Redis.
    for (const name of ['auth', 'chat-core', 'gateway', 'router-1', 'router-2']) expect(world.stack.running(name), name).toBe(true);

    // Every service reconnected by itself: a message sent now reaches every member live, through both routers.
    const [sender, ...members] = clients;
    const before = members.map((c) => c.liveIds.size);
    const sent = await sender!.request<{ _id: string }>('message', world.rooms[0], 'after the restart');
    await waitFor('every member to receive the message live', () => (members.every((c, i) => c.liveIds.size > before[i]! && c.liveIds.has(sent._id)) ? true : undefined), 5000);
  }, 120_000);
});
