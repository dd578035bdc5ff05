import { observeStage, tracingOn, type Logger, type TimelineEnvelope } from '@chat/common';
import { traceEmit } from './trace-emit.ts';
import { roomChannel, userChannel, type ChatNamespace } from './chat-socket.ts';
import { eventsOut } from './router-metrics.ts';

/** Where a router fetches what it missed of a room's timeline. */
export interface GapFiller {
  /** The room's events after `since`, in seq order, at most `limit`. */
  eventsAfter(roomId: string, since: number, limit: number): Promise<TimelineEnvelope[]>;
}

interface RoomOrder {
  /** The seq to emit next. */
  next: number;
  /** Events that arrived ahead of `next`, by seq. */
  early: Map<number, TimelineEnvelope>;
  timer: NodeJS.Timeout | undefined;
  /** The room's first events here are being collected: where the room stands is not known yet. */
  holding: boolean;
}

export interface TimelineFanoutOptions {
  /** How long an event ahead of a missing one waits for it before the gap is fetched. */
  gapWaitMs?: number;
  /** How long the first event of a room new to this router waits for earlier ones still on their way. */
  firstHoldMs?: number;
}

/** Most events fetched per gap: a longer gap is the client's to sync. */
const MAX_FILL = 500;

/**
 * Emits chat-core's timeline events to this router's sockets, each room's in
 * seq order and each seq once (docs/ARCHITECTURE.md, "Ordering at the
 * routers"). Every chat-core publishes its own commits, so two of them can
 * deliver a room's seq 8 before seq 7; a recovery pass can publish an event
 * again. Per room with sockets here the router remembers the next seq it
 * owes: a repeat is dropped, an early event waits for the ones before it,
 * and a gap that does not close within `gapWaitMs` (a publish lost with
 * Redis, a chat-core that died after committing) is fetched from chat-core.
 * Rooms without a socket here are skipped without any state. Where a room
 * stands is learnt from its first event here, which is held `firstHoldMs`
 * in case an earlier one from another chat-core is a little behind it
 * (unless it is seq 1 or a join, before which its sockets had nothing).
 */
export class TimelineFanout {
  private readonly rooms = new Map<string, RoomOrder>();
  private readonly gapWaitMs: number;
  private readonly firstHoldMs: number;
  private closed = false;

  constructor(
    private readonly namespaces: ChatNamespace[],
    private readonly filler: GapFiller,
    private readonly log: Logger,
    options: TimelineFanoutOptions = {},
  ) {
    this.gapWaitMs = options.gapWaitMs ?? 250;
    this.firstHoldMs = options.firstHoldMs ?? 30;
    // A room's order is kept only while a socket here is in it: a socket that joins later starts from what arrives next.
    for (const nsp of namespaces) nsp.adapter.on('delete-room', (room: string) => this.forgetIfUnused(room));
  }

  /** One published batch, in the order chat-core committed it. */
  receive(batch: TimelineEnvelope[]): void {
    if (this.closed) return;
    for (const event of batch) this.accept(event);
  }

  close(): void {
    this.closed = true;
    for (const order of this.rooms.values()) clearTimeout(order.timer);
    this.rooms.clear();
  }

  private accept(event: TimelineEnvelope): void {
    if (event.seq === 0) {
      if (this.concernsSocketsHere(event)) this.apply(event);
      return;
    }
    let order = this.rooms.get(event.room);
    if (!order) {
      if (!this.concernsSocketsHere(event)) return;
      const holding = event.seq > 1 && event.type !== 'room-joined';
      order = { next: event.seq, early: new Map(), timer: undefined, holding };
      this.rooms.set(event.room, order);
      if (holding) {
        order.early.set(event.seq, event);
        order.timer = setTimeout(() => this.release(event.room), this.firstHoldMs);
        return;
      }
    }
    if (order.holding) return void (order.early.has(event.seq) || order.early.set(event.seq, event));
    if (event.seq < order.next) return;
    if (event.seq > order.next) {
      order.early.set(event.seq, event);
      order.timer ??= setTimeout(() => void this.fill(event.room), this.gapWaitMs);
      return;
    }
    this.emitInOrder(event.room, order, event);
  }

  /** Emits `event` (seq === next) and whatever waited right behind it. */
  private emitInOrder(room: string, order: RoomOrder, event: TimelineEnvelope): void {
    let current: TimelineEnvelope | undefined = event;
    while (current) {
      order.early.delete(current.seq);
      order.next = current.seq + 1;
      this.apply(current);
      current = order.early.get(order.next);
    }
    clearTimeout(order.timer);
    order.timer = order.early.size === 0 ? undefined : setTimeout(() => void this.fill(room), this.gapWaitMs);
    this.forgetIfUnused(room);
  }

  /** The first hold is over: the room starts at the lowest seq that arrived. */
  private release(room: string): void {
    const order = this.rooms.get(room);
    if (!order) return;
    order.holding = false;
    order.timer = undefined;
    order.next = Math.min(...order.early.keys());
    this.emitInOrder(room, order, order.early.get(order.next)!);
  }

  /** The gap did not close by itself: fetch it; failing that, skip it (clients see the seq jump and sync). */
  private async fill(room: string): Promise<void> {
    const order = this.rooms.get(room);
    if (!order) return;
    order.timer = undefined;
    const from = order.next;
    let fetched: TimelineEnvelope[] = [];
    try {
      fetched = await this.filler.eventsAfter(room, from - 1, MAX_FILL);
    } catch (error) {
      this.log.warn({ err: error, room, from }, 'could not fetch a gap in the timeline; skipping it');
    }
    if (this.closed || this.rooms.get(room) !== order) return;
    for (const event of fetched) if (event.seq >= order.next && !order.early.has(event.seq)) order.early.set(event.seq, event);
    const lowest = Math.min(...order.early.keys());
    if (!Number.isFinite(lowest)) return;
    if (lowest > order.next) this.log.warn({ room, missing: [order.next, lowest - 1] }, 'timeline gap not fillable; skipped');
    order.next = lowest;
    this.emitInOrder(room, order, order.early.get(lowest)!);
  }

  /** Whether any socket here is in the room, or the event is about to bring or address one. */
  private concernsSocketsHere(event: TimelineEnvelope): boolean {
    if (this.hasSockets(roomChannel(event.room))) return true;
    if (event.type === 'room-joined') return (event.payload.users as string[]).some((u) => this.hasSockets(userChannel(u)));
    if (event.type === 'room-deleted' && event.actor) return this.hasSockets(userChannel(event.actor));
    return false;
  }

  private hasSockets(channel: string): boolean {
    return this.namespaces.some((nsp) => nsp.adapter.rooms.has(channel));
  }

  private forgetIfUnused(room: string): void {
    const order = this.rooms.get(room);
    if (!order || this.hasSockets(roomChannel(room))) return;
    clearTimeout(order.timer);
    this.rooms.delete(room);
  }

  /**
   * One event to the sockets of both namespaces. The order within each case
   * matters: joiners enter the room before room-joined is emitted there, so
   * they receive it; a leaver is still in it when room-left is emitted.
   */
  private apply(event: TimelineEnvelope): void {
    const { room, type, payload } = event;
    const channel = roomChannel(room);
    let reached = 0;
    for (const nsp of this.namespaces) {
      // Counted before the switch: a room-left's leaver is still in the channel then.
      reached += nsp.adapter.rooms.get(channel)?.size ?? 0;
      switch (type) {
        case 'room-joined':
          nsp.in((payload.users as string[]).map(userChannel)).socketsJoin(channel);
          nsp.to(channel).emit(type, payload);
          break;
        case 'room-left':
          nsp.to(channel).emit(type, payload);
          nsp.in(userChannel(payload.user as string)).socketsLeave(channel);
          break;
        case 'room-deleted':
          // When the last participant's leaving deleted the room, their sockets
          // already left its channel with room-left: they hear of it directly.
          nsp.to(event.actor ? [channel, userChannel(event.actor)] : channel).emit(type, payload);
          nsp.in(channel).socketsLeave(channel);
          break;
        default:
          nsp.to(channel).emit(type, payload);
      }
    }
    eventsOut.inc(reached);
    if (type === 'message' && event.seq > 0) observeStage('fanout', Date.now() - event.at);
    if (event.traceparent && tracingOn()) traceEmit(event, reached);
  }
}
