import { describe, expect, it } from 'vitest';
import { nonFinitePath } from './finite-numbers.ts';

describe('nonFinitePath', () => {
  it('names the first number that is not finite, however deep', () => {
    expect(nonFinitePath({ limit: Infinity })).toBe('limit');
    expect(nonFinitePath({ a: { b: [1, -Infinity] } })).toBe('a.b.1');
    expect(nonFinitePath(NaN)).toBe('');
  });

  it('finds nothing in finite numbers, strings and nulls', () => {
    expect(nonFinitePath({ skip: 0, limit: 100, since: Number.MAX_SAFE_INTEGER, roomId: 'Infinity', x: null })).toBeUndefined();
  });
});
