import { describe, expect, it } from 'vitest';
import { nulPath } from './server.ts';

describe('nulPath', () => {
  it('names the first field, nested or in a list, whose text holds U+0000', () => {
    expect(nulPath({ name: 'a\u0000b' })).toBe('name');
    expect(nulPath({ user_ids: ['ok', 'x\u0000'] })).toBe('user_ids[1]');
    expect(nulPath({ message: { files: ['\u0000'] } })).toBe('message.files[0]');
  });

  it('finds nothing in clean requests, numbers, buffers or nulls', () => {
    expect(nulPath({ name: 'room', limit: 0, payload: Buffer.from([0, 0]), none: null, list: [] })).toBeUndefined();
  });
});
