import { describe, expect, it } from 'vitest';
import { tokenFromHandshake } from './handshake-auth.ts';

describe('tokenFromHandshake', () => {
  it.each([
    [{ headers: { authorization: 'Bearer "a.b.c" ' }, auth: {} }, 'a.b.c'],
    [{ headers: { authorization: 'a.b.c' }, auth: {} }, 'a.b.c'],
    [{ headers: {}, auth: { token: 'a.b.c' } }, 'a.b.c'],
    [{ headers: {}, auth: { token: 'Bearer a.b.c' } }, 'a.b.c'],
    [{ headers: { authorization: 'Bearer h.h.h' }, auth: { token: 'a.a.a' } }, 'h.h.h'],
    [{ headers: { authorization: 'Bearer ' }, auth: { token: 'a.a.a' } }, 'a.a.a'],
  ])('finds the token in %j', (handshake, token) => {
    expect(tokenFromHandshake(handshake)).toBe(token);
  });

  it.each([{ headers: {}, auth: {} }, { headers: {} }, { headers: {}, auth: { token: 42 } }, { headers: { authorization: '' }, auth: { token: '' } }])(
    'finds none in %j',
    (handshake) => {
      expect(tokenFromHandshake(handshake)).toBeUndefined();
    },
  );
});
