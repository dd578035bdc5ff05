import { randomUUID } from 'node:crypto';
import type { Logger, PresenceStore, TimelineEnvelope } from '@chat/common';
import type { ChatNamespace, ChatSocket } from '../realtime/chat-socket.ts';

export interface PresenceOptions {
  /** A user whose last socket here closed stays online this long, so a reconnect (to any router) changes nothing. */
  graceMs: number;
  /** Changes are announced together, at most this often: a reconnect storm costs one batch, not one event per socket. */
  flushMs: number;
  /** How long this router's marks hold without renewal (a router that died stops renewing them). */
  markTtlMs: number;
}

export interface PresenceDeps {
  store: PresenceStore;
  /** The rooms of a user, whose members hear of their presence. */
  roomIdsOf(userId: string): Promise<string[]>;
  /** Hands announcements to every router's fan-out (Redis, or this router's own in single-node mode). */
  publish(batch: TimelineEnvelope[]): Promise<void>;
  log: Logger;
}

/** Rooms of changed users looked up at once, at most. */
const LOOKUPS_AT_ONCE = 16;

/**
 * Online while a user has a socket on any router; offline, with lastSeen,
 * once the last one has been closed for `graceMs`. Only the router that
 * sees a user's global state change announces it: a `presence` signal
 * ({user, status, lastSeen}) to each of the user's rooms, which every
 * router's signal fan-out emits to that room's members.
 */
export class PresenceTracker {
  private readonly routerId = randomUUID();
  /** Sockets per user on this router. */
  private readonly sockets = new Map<string, number>();
  private readonly leaving = new Map<string, NodeJS.Timeout>();
  /** Changes waiting for the next flush: the last one of each user wins. */
  private readonly pending = new Map<string, { status: 'online' | 'offline'; lastSeen: string | null }>();
  private readonly flushTimer: NodeJS.Timeout;
  private readonly renewTimer: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly deps: PresenceDeps,
    private readonly options: PresenceOptions,
  ) {
    this.flushTimer = setInterval(() => void this.flush(), options.flushMs);
    this.renewTimer = setInterval(() => void this.renew(), options.markTtlMs / 3);
    this.flushTimer.unref();
    this.renewTimer.unref();
  }

  watch(nsp: ChatNamespace): void {
    nsp.on('connection', (socket: ChatSocket) => {
      const { userId } = socket.data;
      this.arrived(userId);
      socket.once('disconnect', () => this.left(userId));
    });
  }

  private arrived(userId: string): void {
    const count = (this.sockets.get(userId) ?? 0) + 1;
    this.sockets.set(userId, count);
    const waiting = this.leaving.get(userId);
    if (waiting) {
      // Back within the grace period: as if they never left.
      clearTimeout(waiting);
      this.leaving.delete(userId);
      return;
    }
    if (count > 1) return;
    this.deps.store.online(userId, this.routerId, this.options.markTtlMs).then(
      (came) => came && this.pending.set(userId, { status: 'online', lastSeen: null }),
      (error: unknown) => this.deps.log.warn({ err: error, userId }, 'presence: could not mark a user online'),
    );
  }

  private left(userId: string): void {
    const count = (this.sockets.get(userId) ?? 1) - 1;
    if (count > 0) return void this.sockets.set(userId, count);
    this.sockets.delete(userId);
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.leaving.delete(userId);
      this.deps.store.offline(userId, this.routerId).then(
        (lastSeen) => lastSeen && this.pending.set(userId, { status: 'offline', lastSeen }),
        (error: unknown) => this.deps.log.warn({ err: error, userId }, 'presence: could not mark a user offline'),
      );
    }, this.options.graceMs);
    timer.unref();
    this.leaving.set(userId, timer);
  }

  private async flush(): Promise<void> {
    if (this.pending.size === 0 || this.closed) return;
    const changes = [...this.pending];
    this.pending.clear();
    for (let i = 0; i < changes.length; i += LOOKUPS_AT_ONCE) {
      const envelopes = await Promise.all(changes.slice(i, i + LOOKUPS_AT_ONCE).map(([user, state]) => this.announcements(user, state)));
      const batch = envelopes.flat();
      if (batch.length > 0) await this.deps.publish(batch).catch((error: unknown) => this.deps.log.warn({ err: error }, 'presence: announcements lost'));
    }
  }

  private async announcements(user: string, state: { status: string; lastSeen: string | null }): Promise<TimelineEnvelope[]> {
    try {
      const rooms = await this.deps.roomIdsOf(user);
      const at = Date.now();
      return rooms.map((room) => ({ room, seq: 0, type: 'presence', payload: { user, status: state.status, lastSeen: state.lastSeen, room }, actor: user, at }));
    } catch (error) {
      this.deps.log.warn({ err: error, user }, 'presence: rooms unknown, change not announced');
      return [];
    }
  }

  private async renew(): Promise<void> {
    const users = [...this.sockets.keys(), ...this.leaving.keys()];
    await this.deps.store.renew(users, this.routerId, this.options.markTtlMs).catch((error: unknown) => this.deps.log.warn({ err: error }, 'presence: marks not renewed'));
  }

  /**
   * Stops announcing. The marks stay until they expire (markTtlMs), as after
   * a crash: the clients reconnect to another router meanwhile, and their
   * users never flicker offline.
   */
  close(): void {
    this.closed = true;
    clearInterval(this.flushTimer);
    clearInterval(this.renewTimer);
    for (const timer of this.leaving.values()) clearTimeout(timer);
    this.leaving.clear();
  }
}
