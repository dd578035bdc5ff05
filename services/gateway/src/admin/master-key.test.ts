import { describe, expect, it } from 'vitest';
import { masterKeyChecker } from './master-key.ts';

describe('masterKeyChecker', () => {
  const check = masterKeyChecker('M4ST3RK3Y');

  it('accepts exactly the configured key', () => {
    expect(check('M4ST3RK3Y')).toBe('ok');
  });

  it('tells a missing key from a wrong one, whatever its length', () => {
    expect(check(undefined)).toBe('missing');
    expect(check('')).toBe('missing');
    expect(check('m4st3rk3y')).toBe('wrong');
    expect(check('M4ST3RK3Y ')).toBe('wrong');
    expect(check('x')).toBe('wrong');
    expect(check('M4ST3RK3Y'.repeat(100))).toBe('wrong');
  });

  it('refuses the header sent twice', () => {
    expect(check(['M4ST3RK3Y', 'M4ST3RK3Y'])).toBe('wrong');
  });
});
