import { describe, expect, it } from 'vitest';
import { parseOptions } from '../options.ts';
import { scenarioEnv, scenarioUsers } from './index.ts';
import { rates } from './presence-clients.ts';

describe('the webhooks and presence scenarios', () => {
  it('run only when named: `all` (the default) leaves them out', () => {
    expect(parseOptions([]).scenarios).toEqual(['fanout', 'connections', 'http']);
    expect(parseOptions(['--scenario', 'all']).scenarios).toEqual(['fanout', 'connections', 'http']);
    expect(parseOptions(['--scenario', 'webhooks,presence']).scenarios).toEqual(['webhooks', 'presence']);
    expect(() => parseOptions(['--scenario', 'hooks'])).toThrow(/unknown "hooks" \(fanout, connections, http, webhooks, presence, all\)/);
  });

  it('ask the stack for loopback webhook receivers and for the users they need', () => {
    const hooks = parseOptions(['--scenario', 'webhooks', '--rate', '250']);
    expect(scenarioEnv(hooks)).toEqual({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    expect(hooks.rate).toBe(250);
    expect(scenarioUsers(hooks)).toBe(100);
    const storm = parseOptions(['--scenario', 'presence', '--storm-users', '300']);
    expect(scenarioEnv(storm)).toEqual({});
    expect(scenarioUsers(storm)).toBe(300);
    expect(storm.stormSockets).toBe(2000);
  });

  it("read a storm's updates per second as the mean over its window and its busiest second", () => {
    const at = [0, 100, 900, 1000, 1001, 2500].map((t) => 10_000 + t);
    expect(rates(at, 10_000, 13_000)).toEqual({ total: 6, perSecond: 2, peakPerSecond: 3 });
    expect(rates([], 0, 1000)).toEqual({ total: 0, perSecond: 0, peakPerSecond: 0 });
  });
});
