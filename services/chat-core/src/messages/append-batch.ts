import { randomUUID } from 'node:crypto';
import { conflict, notFound, type DomainError } from '@chat/common';
import type { Tx } from '../chat-db.ts';
import { messagePayload } from '../events/room-event.ts';
import { roomNotFound } from '../rooms/room.ts';
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
}

/**
 * Writes one batch of messages, from any number of rooms, in the caller's
 * transaction: the rooms' row locks, one check of senders and nonces, and
 * one statement for the messages with each room's next consecutive seqs,
 * the rooms' last_seq and their 'message' events. The statements per
 * batch stay the same however many rooms it spans: on a busy machine the
 * round trips, not the SQL, were the cost (docs/BENCHMARKS.md). Each item gets
 * its own outcome, in the order given; only an unexpected database error
 * fails the whole batch.
 */
export async function appendBatch(tx: Tx, items: Item[]): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = new Array(items.length);
  const lastSeq = await tx.messages.lockLiveRooms([...new Set(items.map((i) => i.roomId))]);
  const live = items.flatMap((item, i) => (lastSeq.has(item.roomId) ? [i] : []));
  items.forEach((item, i) => {
    if (!lastSeq.has(item.roomId)) outcomes[i] = { error: notFound(roomNotFound(item.roomId)) };
  });
  if (live.length === 0) return outcomes as Outcome[];

  const check = await tx.messages.checkSenders(
    live.map((i) => ({ roomId: items[i]!.roomId, senderId: items[i]!.message.senderId, nonce: items[i]!.message.nonce })),
  );
  // A nonce repeated inside the batch is answered by its first occurrence.
  const firstIndex = new Map<string, number>();
  const followers: number[] = [];
  const taken: number[] = [];
  const writers: number[] = [];
  live.forEach((i, k) => {
    const { roomId, message } = items[i]!;
    if (!check.member[k]) return void (outcomes[i] = { error: notFound(roomNotFound(roomId)) });
    if (message.nonce !== null) {
      const key = nonceKey(roomId, message.senderId, message.nonce);
      if (firstIndex.has(key)) return void followers.push(i);
      firstIndex.set(key, i);
    }
    (check.taken[k] ? taken : writers).push(i);
  });

  const holders = new Map<string, Message>();
  for (const holder of await storedHolders(tx, items, taken)) holders.set(nonceKey(holder.roomId, holder.senderId, holder.nonce!), holder);
  for (const i of taken) {
    const { roomId, message } = items[i]!;
    outcomes[i] = answerRepeat(message, holders.get(nonceKey(roomId, message.senderId, message.nonce!))!);
  }

  const stored = writers.map((i) => {
    const { roomId, message } = items[i]!;
    const seq = lastSeq.get(roomId)! + 1;
    lastSeq.set(roomId, seq);
    return toMessage(roomId, message, seq, check.now);
  });
  if (stored.length > 0) {
    const events = stored.map((m) => ({ roomId: m.roomId, seq: m.seq, type: 'message' as const, payload: messagePayload(m), actorId: m.senderId }));
    await tx.messages.insertLogAndAdvance(stored, events.map((e) => e.payload));
    tx.events.appendedElsewhere(events);
  }
  stored.forEach((message, k) => {
    outcomes[writers[k]!] = { ok: { message, duplicate: false } };
    if (message.nonce !== null) holders.set(nonceKey(message.roomId, message.senderId, message.nonce), message);
  });
  for (const i of followers) {
    const { roomId, message } = items[i]!;
    outcomes[i] = answerRepeat(message, holders.get(nonceKey(roomId, message.senderId, message.nonce!))!);
  }
  return outcomes as Outcome[];
}

/** The stored messages of nonces a retry repeats: rare, so read room by room only when there are any. */
async function storedHolders(tx: Tx, items: Item[], taken: number[]): Promise<Message[]> {
  const byRoom = new Map<string, { senderId: string; nonce: string }[]>();
  for (const i of taken) {
    const { roomId, message } = items[i]!;
    byRoom.set(roomId, [...(byRoom.get(roomId) ?? []), { senderId: message.senderId, nonce: message.nonce! }]);
  }
  const found: Message[] = [];
  for (const [roomId, keys] of byRoom) found.push(...(await tx.messages.findByNonces(roomId, keys)));
  return found;
}

const toMessage = (roomId: string, item: NewMessage, seq: number, now: Date): Message => ({
  id: randomUUID(),
  roomId,
  senderId: item.senderId,
  content: item.content,
  contentType: item.contentType,
  files: item.files,
  nonce: item.nonce,
  seq,
  createdAt: now,
  updatedAt: now,
});
