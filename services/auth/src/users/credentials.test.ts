import { describe, expect, it } from 'vitest';
import { checkNewPassword, normaliseEmail } from './credentials.ts';

describe('normaliseEmail', () => {
  it('trims and lower-cases, so one address is one account', () => {
    expect(normaliseEmail('  Ann@Example.COM ')).toBe('ann@example.com');
  });

  it.each(['', '   ', 'ann', 'ann@', '@example.com', 'ann@example', 'a n@example.com', 'ann@@example.com', `${'a'.repeat(250)}@example.com`])(
    'rejects %j as not an address',
    (raw) => {
      expect(() => normaliseEmail(raw)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    },
  );
});

describe('checkNewPassword', () => {
  it('accepts 8 to 128 characters, counting characters rather than bytes', () => {
    expect(() => checkNewPassword('correct horse')).not.toThrow();
    expect(() => checkNewPassword('é'.repeat(128))).not.toThrow();
  });

  it('refuses the most common passwords whatever their case, saying why', () => {
    for (const common of ['12345678', 'password', 'Password1', 'ILOVEYOU', 'qwertyuiop', 'trustno1']) {
      expect(() => checkNewPassword(common)).toThrow('password is one of the 10,000 most common passwords, which are guessed first: choose another');
    }
    expect(() => checkNewPassword('a rarer phrase')).not.toThrow();
  });

  it('names the limits when the password is too short or too long', () => {
    expect(() => checkNewPassword('1234567')).toThrow('password must be 8 to 128 characters long');
    expect(() => checkNewPassword('x'.repeat(129))).toThrow('password must be 8 to 128 characters long');
  });
});
