import { notFound } from '@chat/common';
import type { Stores } from '../stores.ts';
import { roomNotFound } from '../rooms/room.ts';
import { page, requireSeq, requireUuid } from '../validation.ts';
import type { EventLog } from '../events/event-log.ts';
import type { RoomEvent } from './room-event.ts';

export interface EventPage {
  events: RoomEvent[];
  hasMore: boolean;
  /** History no longer covers `since`: the client must refetch the room instead of replaying. */
  gap: boolean;
  lastSeq: number;
}

/**
 * A page of the room's log after `since`; `lastSeq` is the room's (null:
 * the last seq the log holds). Nothing is pruned yet, but a client must
 * never mistake a pruned stretch for "nothing happened": `gap` says so.
 */
export async function eventPage(log: EventLog, roomId: string, since: number, limit: number, lastSeq: number | null): Promise<EventPage> {
  const [events, oldest] = await Promise.all([log.since(roomId, since, limit + 1), log.oldestSeq(roomId)]);
  const last = lastSeq ?? (await log.lastSeq(roomId)) ?? since;
  const gap = last > since && (oldest === null || oldest > since + 1);
  return { events: events.slice(0, limit), hasMore: events.length > limit, gap, lastSeq: last };
}

/** Replay of a room's timeline: what a reconnecting client missed, once, in order. */
export class TimelineService {
  constructor(private readonly read: Pick<Stores, 'members' | 'events'>) {}

  async list(input: { userId: string; roomId: string; since: number; limit: number }): Promise<EventPage> {
    const userId = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const since = requireSeq('since', input.since);
    const { limit } = page(0, input.limit, { limit: 100, max: 500 });
    const lastSeq = await this.read.members.lastSeqForMember(roomId, userId);
    if (lastSeq === null) throw notFound(roomNotFound(roomId));
    return eventPage(this.read.events, roomId, since, limit, lastSeq);
  }

  /** The routers' view: no membership check (they fill gaps in what Redis brought them, for their members' sockets). */
  async ofRoom(input: { roomId: string; since: number; limit: number }): Promise<EventPage> {
    const roomId = requireUuid('room_id', input.roomId);
    const since = requireSeq('since', input.since);
    const { limit } = page(0, input.limit, { limit: 100, max: 500 });
    return eventPage(this.read.events, roomId, since, limit, null);
  }
}
