import { describe, expect, it } from 'vitest';
import { parseBearer } from './bearer.ts';

describe('parseBearer', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['Bearer "abc.def.ghi" ', 'abc.def.ghi'],
    ['bearer   "abc.def.ghi"', 'abc.def.ghi'],
    ['abc.def.ghi', 'abc.def.ghi'],
  ])('reads the token from %j', (header, token) => {
    expect(parseBearer(header)).toBe(token);
  });

  it.each([undefined, null, '', '   ', 'Bearer ', 'Bearer ""'])('finds no token in %j', (header) => {
    expect(parseBearer(header)).toBeUndefined();
  });
});
