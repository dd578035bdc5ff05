import { describe, expect, it } from 'vitest';
import { checkAvatarUrl, checkDisplayName } from './profile-rules.ts';

describe('profile rules', () => {
  it('counts a display name in code points, trimmed', () => {
    expect(checkDisplayName('  Ann  ')).toBe('Ann');
    expect(checkDisplayName('😀'.repeat(64))).toBe('😀'.repeat(64));
    expect(() => checkDisplayName('😀'.repeat(65))).toThrow(/displayName must be 1 to 64/);
    expect(() => checkDisplayName('   ')).toThrow(/displayName must be 1 to 64/);
    expect(() => checkDisplayName('a\u202eb')).toThrow(/displayName must not contain control/);
  });

  it('takes only https avatar URLs, or empty to remove it', () => {
    expect(checkAvatarUrl('')).toBe('');
    expect(checkAvatarUrl('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
    for (const bad of ['http://x.example/a.png', 'javascript:alert(1)', 'https://u:p@x.example/', 'not a url', 'HTTPS://x.example/']) {
      expect(() => checkAvatarUrl(bad), bad).toThrow(/avatarUrl/);
    }
  });
});
