import type { Tokens } from '@chat/client';

/**
 * What survives a reload, in localStorage: the tokens (renewed ones too) and
 * each room's last seen seq, so the page resumes where it was and catches up
 * on what it missed, once. Cleared at logout.
 */
export interface Saved {
  email: string;
  tokens: Tokens;
  positions: Record<string, number>;
}

const KEY = 'chat-demo-session';

export function load(): Saved | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
    return saved?.tokens ? saved : undefined;
  } catch {
    return undefined;
  }
}

export function save(saved: Saved): void {
  localStorage.setItem(KEY, JSON.stringify(saved));
}

export function clear(): void {
  localStorage.removeItem(KEY);
}
