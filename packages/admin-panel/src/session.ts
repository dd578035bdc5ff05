import type { Session } from './api.ts';

// sessionStorage, not localStorage: the master key and the admin token should
// not outlive the tab.
const KEY = 'chat-admin.session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Session>;
    return typeof value.masterKey === 'string' && typeof value.token === 'string'
      ? { masterKey: value.masterKey, token: value.token }
      : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
