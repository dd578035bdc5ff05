import { describe, expect, it } from 'vitest';
import { ChatError } from './errors.ts';
import { RoomTimelines } from './room-timeline.ts';
import type { SyncAnswer, TimelineEvent } from './socket-events.ts';

const R = 'room-1';
const msg = (seq: number): TimelineEvent => ({
  type: 'message',
  room: R,
  seq,
  payload: { _id: `m${seq}`, nonce: null, sender: 'u', content: `m${seq}`, contentType: 'text', files: [], room: R, createdAt: '', seq },
});

/** A room log of `last` messages that sync answers from, and what the app saw. */
function world(last: number, options: { gapBefore?: number } = {}) {
  const seen: string[] = [];
  const syncs: number[] = [];
  const log = Array.from({ length: last }, (_, i) => msg(i + 1));
  const timelines = new RoomTimelines({
    userId: () => 'me',
    sync: async (_room, since): Promise<SyncAnswer> => {
      syncs.push(since);
      const gap = options.gapBefore !== undefined && since < options.gapBefore - 1;
      const from = gap ? options.gapBefore! : since + 1;
      const events = log.filter((e) => e.seq >= from).map((e) => ({ type: e.type, seq: e.seq, payload: e.payload }));
      return { room: R, events, gap, lastSeq: log.length, hasMore: false };
    },
    deliver: (e) => seen.push(`${e.type} ${e.seq}`),
    gap: (g) => seen.push(`gap ${g.since}→${g.resumedAt}`),
    lost: (room, error) => seen.push(`lost ${room} ${error.code}`),
    retryMs: 10,
  });
  return { seen, syncs, timelines, log };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('RoomTimelines', () => {
  it('resuming from a saved position behind the room fetches what was missed at once, with no live event to show the hole', async () => {
    const { seen, syncs, timelines } = world(4);
    timelines.track(R, 1, 4);
    await settle();
    expect(syncs).toEqual([1]);
    expect(seen).toEqual(['message 2', 'message 3', 'message 4']);
  });

  it('delivers events in order once, dropping repeats and what came before the starting point', () => {
    const { seen, timelines } = world(5);
    timelines.live(msg(3));
    timelines.track(R, 3);
    timelines.live(msg(4));
    timelines.live(msg(4));
    timelines.live(msg(5));
    expect(seen).toEqual(['message 4', 'message 5']);
    expect(timelines.positions()).toEqual({ [R]: 5 });
  });

  it('a seq jump syncs what lies before it, then delivers what waited, each once', async () => {
    const { seen, syncs, timelines } = world(6);
    timelines.track(R, 1);
    timelines.live(msg(4));
    timelines.live(msg(6));
    await settle();
    expect(syncs[0]).toBe(1);
    expect(seen).toEqual(['message 2', 'message 3', 'message 4', 'message 5', 'message 6']);
  });

  it('after a reconnect each room resumes from its last seq', async () => {
    const { seen, syncs, timelines } = world(4);
    timelines.track(R, 2);
    timelines.resyncAll();
    await settle();
    expect(syncs).toEqual([2]);
    expect(seen).toEqual(['message 3', 'message 4']);
  });

  it('a gap (history pruned) is surfaced before the events that follow it', async () => {
    const { seen, timelines } = world(6, { gapBefore: 5 });
    timelines.track(R, 1);
    timelines.resyncAll();
    await settle();
    expect(seen).toEqual(['gap 1→5', 'message 5', 'message 6']);
  });

  it('a room that can no longer be read is reported and forgotten', async () => {
    const seen: string[] = [];
    const timelines = new RoomTimelines({
      userId: () => 'me',
      sync: async () => {
        throw new ChatError('NOT_FOUND', 'room not found');
      },
      deliver: () => undefined,
      gap: () => undefined,
      lost: (room, error) => seen.push(`lost ${room} ${error.code}`),
    });
    timelines.track(R, 3);
    timelines.resyncAll();
    await settle();
    expect(seen).toEqual([`lost ${R} NOT_FOUND`]);
    expect(timelines.positions()).toEqual({});
  });

  it('a room the user joins live starts at its room-joined event', () => {
    const { seen, timelines } = world(0);
    timelines.live({ type: 'room-joined', room: 'new', seq: 7, payload: { room: 'new', roomName: 'n', users: ['me'], by: 'x', seq: 7 } });
    expect(seen).toEqual(['room-joined 7']);
    expect(timelines.positions()).toEqual({ new: 7 });
  });
});
