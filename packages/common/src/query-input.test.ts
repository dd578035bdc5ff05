import { describe, expect, it } from 'vitest';
import { containsPattern, isUuid, page, prefixPattern } from './query-input.ts';

describe('query input', () => {
  it('takes a UUID in any case and nothing else', () => {
    expect(isUuid('5F0C3C6E-9A57-4C43-9E0B-2C3B1E9B6A10')).toBe(true);
    expect(isUuid('5f0c3c6e-9a57-4c43-9e0b-2c3b1e9b6a1')).toBe(false);
    expect(isUuid(' 5f0c3c6e-9a57-4c43-9e0b-2c3b1e9b6a10')).toBe(false);
  });

  it('reads a 0 limit as the default, caps the rest and refuses negative numbers', () => {
    expect(page(0, 0, { limit: 20, max: 100 })).toEqual({ skip: 0, limit: 20 });
    expect(page(5, 1000, { limit: 20, max: 100 })).toEqual({ skip: 5, limit: 100 });
    expect(() => page(-1, 10, { limit: 20, max: 100 })).toThrow('skip must be a non-negative integer');
    expect(() => page(0, 1.5, { limit: 20, max: 100 })).toThrow('limit must be a non-negative integer');
  });

  it("matches a search term's own wildcards and backslashes literally", () => {
    expect(containsPattern('  50%_off\\ ')).toBe('%50\\%\\_off\\\\%');
    expect(prefixPattern('a_n%')).toBe('a\\_n\\%%');
  });
});
