import { describe, expect, it } from 'vitest';
import { quantile, systemView, type SystemSnapshot } from './system-rates.ts';

const snapshot = (at: number, messages: number, errors: number, delivery: SystemSnapshot['delivery']): SystemSnapshot => ({
  at,
  sources: [{ source: 'gateway', ok: true }, { source: 'http://router-2:3002/metrics', ok: false, error: 'HTTP 401' }],
  routers: [{ source: 'gateway', sockets: 3 }, { source: 'http://router-1:3001/metrics', sockets: 4 }],
  messages,
  errors,
  delivery,
  outbox: { depth: 0, oldestSeconds: 0 },
});

describe('the live system view', () => {
  it('has counts but no rates from one snapshot', () => {
    const view = systemView(snapshot(1000, 10, 0, [[0.01, 10], [null, 10]]), undefined);
    expect(view).toMatchObject({ sockets: 7, messagesPerSecond: null, errorsPerSecond: null, p50: null, p99: null });
    expect(view.down).toEqual([{ source: 'http://router-2:3002/metrics', error: 'HTTP 401' }]);
  });

  it('gives rates and quantiles over the interval between two snapshots', () => {
    const before = snapshot(1000, 10, 1, [[0.005, 5], [0.01, 10], [0.1, 10], [null, 10]]);
    // 20 more messages in 2 s: 10 under 5 ms, 8 under 10 ms, 2 under 100 ms.
    const after = snapshot(3000, 30, 3, [[0.005, 15], [0.01, 28], [0.1, 30], [null, 30]]);
    const view = systemView(after, before);
    expect(view.messagesPerSecond).toBe(10);
    expect(view.errorsPerSecond).toBe(1);
    expect(view.p50).toBeCloseTo(0.005);
    expect(view.p99).toBeCloseTo(0.01 + 0.09 * (19.8 - 18) / 2);
  });

  it('takes a counter that went down as a restart, not a negative rate', () => {
    const view = systemView(snapshot(3000, 4, 0, []), snapshot(1000, 100, 0, []));
    expect(view.messagesPerSecond).toBe(2);
  });

  it('answers the top bucket\'s lower bound when the rank falls in +Inf', () => {
    expect(quantile(0.99, [[0.1, 1], [Infinity, 100]])).toBe(0.1);
    expect(quantile(0.5, [])).toBeNull();
  });
});
