import { isDomainError, type Logger, type TimelineEnvelope } from '@chat/common';
import { roomChannel, type ChatNamespace } from './chat-socket.ts';

/** Who is in a room now, asked of chat-core. */
export interface RoomMembers {
  /** The room's members as `actorId` sees them; NOT_FOUND when `actorId` is not one (any more). */
  membersOf(roomId: string, actorId: string): Promise<string[]>;
}

/** Who blocked whom (auth): a user who blocked someone does not see their typing. */
export interface Blocks {
  /** Which of `userIds` blocked `userId` or were blocked by them. */
  blockedAmong(userId: string, userIds: string[]): Promise<Set<string>>;
}

const isTyping = (signal: TimelineEnvelope) => signal.type === 'message' && signal.payload.contentType === 'typing';

interface WaitingSignals {
  signals: TimelineEnvelope[];
  /** A lookup for the room is in flight. */
  busy: boolean;
}

/** Signals of one room waiting for a lookup: past it the oldest go (signals are best effort). */
const MAX_WAITING = 100;

/**
 * Emits live-only signals (typing, read receipts: seq 0) to the members of
 * their room only. A member removed from a room stays in its Socket.IO room
 * here until the removal's `room-left` reaches this router; a signal sent in
 * that moment would reach them. So every signal waits for a membership lookup
 * at chat-core that starts after it arrived, and goes to the room's sockets
 * except those of users the lookup no longer lists (docs/ARCHITECTURE.md,
 * "Ordering at the routers"). A removal committed before the signal was sent
 * is then always seen. Signals that arrive during a room's lookup share the
 * next one, so a room costs at most one lookup in flight, whatever the rate.
 */
export class SignalFanout {
  private readonly rooms = new Map<string, WaitingSignals>();
  private closed = false;

  constructor(
    private readonly namespaces: ChatNamespace[],
    private readonly members: RoomMembers,
    private readonly log: Logger,
    private readonly blocks?: Blocks,
  ) {}

  receive(signal: TimelineEnvelope): void {
    if (this.closed || signal.actor === null || !this.hasSockets(roomChannel(signal.room))) return;
    // Presence goes to every room of its user at once (hundreds for some): a lookup per room would
    // flood chat-core on each connect. It tells only what the room's members already share, so the
    // moment between a removal and its room-left reaching here is no reason to pay that.
    if (signal.type === 'presence') return this.emit(signal, undefined);
    let room = this.rooms.get(signal.room);
    if (!room) {
      room = { signals: [], busy: false };
      this.rooms.set(signal.room, room);
    }
    if (room.signals.length >= MAX_WAITING) room.signals.shift();
    room.signals.push(signal);
    if (!room.busy) void this.deliver(signal.room, room);
  }

  close(): void {
    this.closed = true;
    this.rooms.clear();
  }

  private async deliver(roomId: string, room: WaitingSignals): Promise<void> {
    room.busy = true;
    while (room.signals.length > 0 && !this.closed) {
      // Taken before the lookup starts: it is newer than each of them.
      const batch = room.signals.splice(0);
      const actor = batch[0]!.actor!;
      let members: Set<string>;
      try {
        members = new Set(await this.members.membersOf(roomId, actor));
      } catch (error) {
        if (isDomainError(error) && error.code === 'NOT_FOUND') {
          // The actor left or was removed: their signals go nowhere; the others wait for the next lookup.
          room.signals.unshift(...batch.filter((s) => s.actor !== actor));
        } else {
          this.log.warn({ err: error, room: roomId }, 'room members unknown: its signals dropped');
        }
        continue;
      }
      const hidden = await this.hiddenFrom(batch, members);
      for (const signal of batch) {
        if (!members.has(signal.actor!)) continue;
        const hiddenFrom = isTyping(signal) ? hidden.get(signal.actor!) : undefined;
        // A typing signal whose blocks could not be read is dropped: typing is best effort, a block is not.
        if (isTyping(signal) && hidden.has(signal.actor!) && hiddenFrom === undefined) continue;
        this.emit(signal, members, hiddenFrom);
      }
    }
    room.busy = false;
    this.rooms.delete(roomId);
  }

  /**
   * Per typing actor of the batch, the members a block stands between them
   * and; undefined (under the actor's key) when auth could not say.
   */
  private async hiddenFrom(batch: TimelineEnvelope[], members: Set<string>): Promise<Map<string, Set<string> | undefined>> {
    const hidden = new Map<string, Set<string> | undefined>();
    if (!this.blocks) return hidden;
    const actors = new Set(batch.filter(isTyping).map((s) => s.actor!));
    await Promise.all(
      [...actors].map(async (actor) => {
        try {
          hidden.set(actor, await this.blocks!.blockedAmong(actor, [...members].filter((m) => m !== actor)));
        } catch (error) {
          this.log.warn({ err: error, actor }, 'blocks unknown: typing signals dropped');
          hidden.set(actor, undefined);
        }
      }),
    );
    return hidden;
  }

  /** To the room's sockets, except the users' no longer in it (whose room-left has not arrived yet) and `hidden` users. */
  private emit(signal: TimelineEnvelope, members: Set<string> | undefined, hidden?: Set<string>): void {
    const channel = roomChannel(signal.room);
    for (const nsp of this.namespaces) {
      const outsiders = new Set<string>();
      for (const id of nsp.adapter.rooms.get(channel) ?? []) {
        const userId = nsp.sockets.get(id)?.data.userId;
        if (userId !== undefined && ((members && !members.has(userId)) || hidden?.has(userId))) outsiders.add(id);
      }
      nsp.to(channel).except([...outsiders]).emit(signal.type, signal.payload);
    }
  }

  private hasSockets(channel: string): boolean {
    return this.namespaces.some((nsp) => nsp.adapter.rooms.has(channel));
  }
}
