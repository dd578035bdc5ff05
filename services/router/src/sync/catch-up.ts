import type { ChatCoreClient, TimelineEvent } from '../chat-core/chat-core-client.ts';

/** chat-core's largest ListEvents page. */
const PAGE_SIZE = 500;

export interface CatchUp {
  room: string;
  /** Every event after `since`, once, in seq order. */
  events: TimelineEvent[];
  /** History no longer covers `since`: the client must refetch the room instead of replaying. */
  gap: boolean;
  /** The room's last seq when the replay was read. */
  lastSeq: number;
  /** More events follow than one answer carries: sync again from the last event's seq. */
  hasMore: boolean;
}

/** Pages through a room's timeline after `since`, up to `maxEvents`. */
export async function catchUp(
  chat: Pick<ChatCoreClient, 'events'>,
  input: { userId: string; roomId: string; since: number; maxEvents: number },
): Promise<CatchUp> {
  const events: TimelineEvent[] = [];
  let cursor = input.since;
  let gap = false;
  let lastSeq = 0;
  let hasMore = true;
  while (hasMore && events.length < input.maxEvents) {
    const limit = Math.min(PAGE_SIZE, input.maxEvents - events.length);
    const page = await chat.events({ userId: input.userId, roomId: input.roomId, since: cursor, limit });
    gap ||= page.gap;
    lastSeq = page.lastSeq;
    events.push(...page.events);
    hasMore = page.hasMore;
    const last = page.events.at(-1);
    // An empty page that claims more would loop forever; treat it as the end.
    if (!last) hasMore = false;
    else cursor = last.seq;
  }
  return { room: input.roomId, events, gap, lastSeq, hasMore };
}
