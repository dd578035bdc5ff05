import { randomUUID } from 'node:crypto';
import { conflict, notFound, type DomainError } from '@chat/common';
import type { Stores } from '../stores.ts';
import { messagePayload, type NewRoomEvent } from '../timeline/room-event.ts';
import { roomNotFound } from '../rooms/room.ts';
import type { AppendItem } from './message-store.ts';
import { sameMessage, type Message, type NewMessage } from './message.ts';

export interface AppendResult {
  message: Message;
  /** True when the nonce had already stored this message: nothing was written. */
  duplicate: boolean;
}

export type Outcome = { ok: AppendResult } | { error: DomainError };

const nonceKey = (roomId: string, senderId: string, nonce: string) => `${roomId}\u0000${senderId}\u0000${nonce}`;

/** A stored message holding the nonce answers the retry, unless the retry says something else. */
function answerRepeat(item: NewMessage, holder: Message): Outcome {
  return sameMessage(item, holder)
    ? { ok: { message: holder, duplicate: true } }
    : { error: conflict('nonce already used for a different message') };
}

interface Item {
  roomId: string;
  message: NewMessage;
  /** The send's trace context (tracing on only), handed to its event. */
  traceparent?: string;
}

/**
 * Writes one batch of messages, from any number of rooms, with one
 * statement that commits by itself (MessageStore.appendMessages): on a busy
 * machine the round trips, not the SQL, were the cost (docs/BENCHMARKS.md).
 * A nonce repeated inside the batch is sent once and its repeats answered
 * like a retry of it. Each item gets its own outcome, in the order given;
 * only an unexpected database error fails the whole batch. The stored
 * messages' events go to `stores.events`, to be published once the
 * statement has returned.
 */
export async function appendBatch(stores: Stores, items: Item[]): Promise<{ outcomes: Outcome[]; executedMs: number }> {
  const outcomes: Outcome[] = new Array(items.length);
  const firstIndex = new Map<string, number>();
  const followers: [follower: number, first: number][] = [];
  const sent: number[] = [];
  items.forEach(({ roomId, message }, i) => {
    if (message.nonce !== null) {
      const key = nonceKey(roomId, message.senderId, message.nonce);
      const first = firstIndex.get(key);
      if (first !== undefined) return void followers.push([i, first]);
      firstIndex.set(key, i);
    }
    sent.push(i);
  });

  const toSend: AppendItem[] = sent.map((i) => ({ id: randomUUID(), roomId: items[i]!.roomId, ...items[i]!.message }));
  const { rows, executedMs } = await stores.messages.appendMessages(toSend);
  const events: NewRoomEvent[] = [];
  /** The message that now holds each sent item's nonce, if any: what its repeats are compared with. */
  const holders = new Map<number, Message>();
  rows.forEach((row, k) => {
    const i = sent[k]!;
    const { roomId, message } = items[i]!;
    if (row.outcome === 'not_found') outcomes[i] = { error: notFound(roomNotFound(roomId)) };
    else if (row.outcome === 'taken') {
      holders.set(i, row.holder!);
      outcomes[i] = answerRepeat(message, row.holder!);
    } else {
      const stored: Message = { ...toSend[k]!, seq: row.seq, createdAt: row.createdAt, updatedAt: row.createdAt };
      holders.set(i, stored);
      outcomes[i] = { ok: { message: stored, duplicate: false } };
      const event: NewRoomEvent = { roomId, seq: stored.seq, type: 'message', payload: messagePayload(stored), actorId: stored.senderId };
      if (items[i]!.traceparent) event.traceparent = items[i]!.traceparent;
      events.push(event);
    }
  });
  stores.events.appendedElsewhere(events);

  for (const [i, first] of followers) {
    const holder = holders.get(first);
    outcomes[i] = holder ? answerRepeat(items[i]!.message, holder) : outcomes[first]!;
  }
  return { outcomes, executedMs };
}
