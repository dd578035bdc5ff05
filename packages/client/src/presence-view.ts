import type { Presence } from './socket-events.ts';

/**
 * The routers announce a user's presence change to each room of theirs, so
 * a member who shares three rooms with them hears it three times. The app
 * hears it once: a change is passed on only when it differs from the last
 * one heard for that user (a new `lastSeen` is a new change).
 */
export class PresenceView {
  private readonly last = new Map<string, string>();

  /** Whether `p` tells something new about its user; remembers it if so. */
  changed(p: Presence): boolean {
    const state = `${p.status}|${p.lastSeen ?? ''}`;
    if (this.last.get(p.user) === state) return false;
    this.last.set(p.user, state);
    return true;
  }

  clear(): void {
    this.last.clear();
  }
}
