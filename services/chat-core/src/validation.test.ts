import { describe, expect, it } from 'vitest';
import { page, requireSeq, requireUserIds, requireUuid } from './validation.ts';

describe('validation', () => {
  it('names the field of an id that is not a UUID, and lowercases the ones that are', () => {
    expect(() => requireUuid('room_id', 'abc')).toThrow('room_id must be a UUID');
    expect(requireUuid('room_id', '5F0C3C6E-9A57-4C43-9E0B-2C3B1E9B6A10')).toBe('5f0c3c6e-9a57-4c43-9e0b-2c3b1e9b6a10');
  });

  it('wants between one and max user ids, folding duplicates', () => {
    const id = '5f0c3c6e-9a57-4c43-9e0b-2c3b1e9b6a10';
    expect(requireUserIds('user_ids', [id, id.toUpperCase()], 2)).toEqual([id]);
    expect(() => requireUserIds('user_ids', [], 2)).toThrow('user_ids must name at least one user');
    expect(() => requireUserIds('user_ids', [id, id, id], 2)).toThrow('user_ids may name at most 2 users');
    expect(() => requireUserIds('user_ids', [id, 'x'], 2)).toThrow('user_ids[1] must be a UUID');
  });

  it('reads a 0 limit as the default and caps the rest', () => {
    expect(page(0, 0, { limit: 20, max: 100 })).toEqual({ skip: 0, limit: 20 });
    expect(page(5, 1000, { limit: 20, max: 100 })).toEqual({ skip: 5, limit: 100 });
    expect(() => page(-1, 10, { limit: 20, max: 100 })).toThrow('skip must be a non-negative integer');
  });

  it('refuses negative or unsafe seqs', () => {
    expect(requireSeq('since', 0)).toBe(0);
    expect(() => requireSeq('since', -1)).toThrow('since must be a non-negative integer');
    expect(() => requireSeq('since', 2 ** 60)).toThrow();
  });
});
