import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdminMessage, LiveMessage, RoomEvent } from '../api.ts';
import { applyEvents, fromAdminMessage, mergeMessages, oldestSeq } from './room-timeline.ts';

const ROOM = 'room-1';

function stored(seq: number, text = `message ${seq}`): AdminMessage {
  const at = new Date(Date.UTC(2026, 0, 1, 12, 0, seq)).toISOString();
  return {
    _id: `m${seq}`,
    message: text,
    messageType: 'text',
    files: [],
    senderUser: 'u1',
    senderEmail: 'one@example.com',
    room: ROOM,
    createdAt: at,
    updatedAt: at,
    seq,
  };
}

function live(seq: number, text = `message ${seq}`): RoomEvent {
  const payload: LiveMessage = {
    _id: `m${seq}`,
    nonce: `n${seq}`,
    sender: 'u2',
    content: text,
    contentType: 'text',
    files: [],
    room: ROOM,
    createdAt: new Date(Date.UTC(2026, 0, 1, 12, 0, seq)).toISOString(),
    seq,
  };
  return { seq, type: 'message', payload };
}

const seqsOf = (list: { seq: number }[]) => list.map((m) => m.seq);

describe('room timeline', () => {
  it('shows history pages oldest first, the newest at the bottom', () => {
    // The API answers newest first; a later "load older" page comes after.
    const newest = [stored(5), stored(4), stored(3)].map(fromAdminMessage);
    const older = [stored(2), stored(1)].map(fromAdminMessage);
    const list = mergeMessages(mergeMessages([], newest), older);
    expect(seqsOf(list)).toEqual([1, 2, 3, 4, 5]);
    expect(oldestSeq(list)).toBe(1);
  });

  it('appends live messages at the bottom in seq order, whatever order they come in', () => {
    const start = mergeMessages([], [stored(1)].map(fromAdminMessage));
    const { messages } = applyEvents(start, [live(3), live(2)]);
    expect(seqsOf(messages)).toEqual([1, 2, 3]);
    expect(messages[2]).toMatchObject({ id: 'm3', senderId: 'u2', senderEmail: null, text: 'message 3' });
  });

  it('never shows a message twice when an event repeats one already loaded', () => {
    const start = mergeMessages([], [stored(2), stored(1)].map(fromAdminMessage));
    const { messages } = applyEvents(start, [live(2), live(2)]);
    expect(seqsOf(messages)).toEqual([1, 2]);
    // The history's email is kept: the live copy does not know it.
    expect(messages[1]?.senderEmail).toBe('one@example.com');
  });

  it('removes a deleted message and rewrites an edited one', () => {
    const start = mergeMessages([], [stored(3), stored(2), stored(1)].map(fromAdminMessage));
    const { messages, roomChanged } = applyEvents(start, [
      { seq: 4, type: 'message-deleted', payload: { messageId: 'm2', room: ROOM, seq: 4 } },
      { seq: 5, type: 'message-edited', payload: { messageId: 'm3', message: 'fixed typo', room: ROOM, seq: 5 } },
    ]);
    expect(seqsOf(messages)).toEqual([1, 3]);
    expect(messages[1]).toMatchObject({ text: 'fixed typo', edited: true });
    expect(roomChanged).toBe(false);
  });

  it('a message deleted in the same batch that brought it is not shown', () => {
    const { messages } = applyEvents([], [
      { seq: 2, type: 'message-deleted', payload: { messageId: 'm1', room: ROOM, seq: 2 } },
      live(1),
    ]);
    expect(messages).toEqual([]);
  });

  it('joins and leaves mark the room as changed so participants are fetched again', () => {
    const { roomChanged } = applyEvents([], [{ seq: 1, type: 'other', name: 'room-joined', payload: {} }]);
    expect(roomChanged).toBe(true);
  });

  it('any split of a room between history pages and live events gives one ordered list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (seqs, cut, overlap) => {
          const sorted = [...seqs].sort((a, b) => a - b);
          const split = Math.min(cut, sorted.length);
          // History up to `split`; live events from a point that may overlap it.
          const history = sorted.slice(0, split).reverse().map((s) => fromAdminMessage(stored(s)));
          const events = sorted.slice(Math.max(0, split - overlap)).reverse().map((s) => live(s));
          const { messages } = applyEvents(mergeMessages([], history), events);
          expect(seqsOf(messages)).toEqual(sorted);
        },
      ),
    );
  });
});
