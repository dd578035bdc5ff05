import { ChatError } from './errors.ts';
import type { SyncAnswer, TimelineEvent } from './socket-events.ts';

export interface GapInfo {
  room: string;
  /** The last seq the client had seen. */
  since: number;
  /** The first seq history still holds (events in between are gone), or the room's last seq when none is left. */
  resumedAt: number;
}

export interface RoomTimelinesDeps {
  /** Who the client is: a `room-joined` naming them starts a room. */
  userId(): string | undefined;
  /** `sync` [room, since] over the socket; rejects while disconnected. */
  sync(room: string, since: number): Promise<SyncAnswer>;
  deliver(event: TimelineEvent): void;
  gap(info: GapInfo): void;
  /** The room can no longer be read (left or deleted while offline). */
  lost(room: string, error: ChatError): void;
  /** Delay before a failed sync is tried again; the reconnect resyncs anyway. */
  retryMs?: number;
}

interface RoomState {
  /** The last seq delivered; undefined until the room's starting point is known. */
  last: number | undefined;
  /** Events that arrived early: they wait for the ones before them. */
  pending: Map<number, TimelineEvent>;
  syncing: boolean;
  /** Sync again once the running one is done (a reconnect happened meanwhile). */
  again: boolean;
}

/**
 * The per-room half of the delivery guarantee (docs/CLIENT.md, "Resuming"):
 * each room's events reach the app once and in seq order. A live event
 * right after the last delivered one goes out at once; an early one waits
 * while `sync` fetches what lies before it; repeats are dropped. After a
 * reconnect every room is synced from its last seq.
 */
export class RoomTimelines {
  private readonly rooms = new Map<string, RoomState>();
  private closed = false;

  constructor(private readonly deps: RoomTimelinesDeps) {}

  /** The rooms followed, each with the last seq delivered. */
  positions(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [room, state] of this.rooms) if (state.last !== undefined) out[room] = state.last;
    return out;
  }

  has(room: string): boolean {
    return this.rooms.get(room)?.last !== undefined;
  }

  /**
   * Starts following a room from `lastSeq` (its events after it are delivered); earlier events that waited are
   * dropped. `latest`, the room's last seq as listed: when it is past `lastSeq` (a resume from saved positions),
   * what lies between is fetched at once, not when the room's next live event shows the hole.
   */
  track(room: string, lastSeq: number, latest = lastSeq): void {
    const state = this.state(room);
    if (state.last !== undefined) return;
    state.last = lastSeq;
    this.drain(room, state);
    if (this.rooms.get(room) === state && latest > state.last) this.startSync(room, state);
  }

  forget(room: string): void {
    this.rooms.delete(room);
  }

  /** A timeline event from the socket. */
  live(event: TimelineEvent): void {
    if (this.closed) return;
    let state = this.rooms.get(event.room);
    if (!state && event.type === 'room-joined' && event.payload.users.includes(this.deps.userId() ?? '')) {
      state = this.state(event.room);
      state.last = event.seq - 1;
    }
    state ??= this.state(event.room);
    if (state.last !== undefined && event.seq <= state.last) return;
    state.pending.set(event.seq, event);
    if (state.last !== undefined && !state.syncing) this.drain(event.room, state);
  }

  /** After a reconnect: every followed room from its last seq. */
  resyncAll(): void {
    for (const [room, state] of this.rooms) if (state.last !== undefined) this.startSync(room, state);
  }

  close(): void {
    this.closed = true;
    this.rooms.clear();
  }

  private state(room: string): RoomState {
    let state = this.rooms.get(room);
    if (!state) this.rooms.set(room, (state = { last: undefined, pending: new Map(), syncing: false, again: false }));
    return state;
  }

  /** Delivers what follows `last` without a hole; a hole starts a sync. */
  private drain(room: string, state: RoomState): void {
    for (const seq of state.pending.keys()) if (seq <= state.last!) state.pending.delete(seq);
    let next = state.pending.get(state.last! + 1);
    while (next) {
      state.pending.delete(next.seq);
      this.deliver(state, next);
      if (this.rooms.get(room) !== state) return;
      next = state.pending.get(state.last! + 1);
    }
    if (state.pending.size > 0) this.startSync(room, state);
  }

  private deliver(state: RoomState, event: TimelineEvent): void {
    state.last = event.seq;
    this.deps.deliver(event);
    const me = this.deps.userId();
    // Nothing more comes for a room the user left or that was deleted.
    if (event.type === 'room-deleted' || (event.type === 'room-left' && event.payload.user === me)) this.rooms.delete(event.room);
  }

  private startSync(room: string, state: RoomState): void {
    if (state.syncing) {
      state.again = true;
      return;
    }
    state.syncing = true;
    void this.syncLoop(room, state);
  }

  private async syncLoop(room: string, state: RoomState): Promise<void> {
    try {
      do {
        state.again = false;
        let answer: SyncAnswer;
        do {
          const since = state.last!;
          answer = await this.deps.sync(room, since);
          if (this.closed || this.rooms.get(room) !== state) return;
          this.apply(room, state, since, answer);
          if (this.rooms.get(room) !== state) return;
        } while (answer.hasMore && answer.events.length > 0);
        for (const seq of state.pending.keys()) if (seq <= state.last!) state.pending.delete(seq);
        let next = state.pending.get(state.last! + 1);
        while (next) {
          state.pending.delete(next.seq);
          this.deliver(state, next);
          if (this.rooms.get(room) !== state) return;
          next = state.pending.get(state.last! + 1);
        }
        // An event newer than the sync read is still missing its predecessor: read again.
        if (state.pending.size > 0) state.again = true;
      } while (state.again);
      state.syncing = false;
    } catch (error) {
      state.syncing = false;
      if (this.closed || this.rooms.get(room) !== state) return;
      if (error instanceof ChatError && (error.code === 'NOT_FOUND' || error.code === 'PERMISSION_DENIED')) {
        this.rooms.delete(room);
        this.deps.lost(room, error);
        return;
      }
      // Disconnected or failing: the reconnect's resyncAll, or this retry, picks it up.
      setTimeout(() => {
        if (!this.closed && this.rooms.get(room) === state && !state.syncing) this.startSync(room, state);
      }, this.deps.retryMs ?? 1000);
    }
  }

  private apply(room: string, state: RoomState, since: number, answer: SyncAnswer): void {
    if (answer.gap) this.deps.gap({ room, since, resumedAt: answer.events[0]?.seq ?? answer.lastSeq });
    for (const raw of answer.events) {
      if (raw.seq <= state.last!) continue;
      this.deliver(state, { type: raw.type, room, seq: raw.seq, payload: raw.payload } as TimelineEvent);
      if (this.rooms.get(room) !== state) return;
    }
    if (answer.gap && answer.events.length === 0 && answer.lastSeq > state.last!) state.last = answer.lastSeq;
  }
}
