import { describe, expect, it } from 'vitest';
import { memoryWindowCounters } from './windows.ts';

describe('memoryWindowCounters (single-node rate limits)', () => {
  it('counts hits in a window that opens with the first hit and ends after its length', async () => {
    let now = 1_000_000;
    const windows = memoryWindowCounters(() => now);
    expect(await windows.hit('k', 60)).toEqual({ count: 1, ttlSeconds: 60 });
    now += 59_500;
    expect(await windows.hit('k', 60)).toEqual({ count: 2, ttlSeconds: 1 });
    now += 500;
    // The window ended: a new one opens.
    expect(await windows.hit('k', 60)).toEqual({ count: 1, ttlSeconds: 60 });
  });

  it('keeps keys apart, takes one hit back with unhit and starts over with reset', async () => {
    const windows = memoryWindowCounters();
    await windows.hit('a', 60);
    await windows.hit('a', 60);
    await windows.hit('b', 60);
    await windows.unhit('a');
    expect((await windows.hit('a', 60)).count).toBe(2);
    await windows.reset('a');
    expect((await windows.hit('a', 60)).count).toBe(1);
    expect((await windows.hit('b', 60)).count).toBe(2);
  });

  it('does not reopen an ended window by taking a hit back', async () => {
    let now = 0;
    const windows = memoryWindowCounters(() => now);
    await windows.hit('k', 1);
    now += 1000;
    await windows.unhit('k');
    expect(await windows.hit('k', 1)).toEqual({ count: 1, ttlSeconds: 1 });
  });
});
