import { randomUUID } from 'node:crypto';
import { conflict, notFound, type DomainError } from '@chat/common';
import type { Tx } from '../chat-db.ts';
import { messagePayload } from '../events/room-event.ts';
import type { LockedRoom } from '../rooms/room-store.ts';
import { roomNotFound } from '../rooms/room.ts';
import { sameMessage, type Message, type NewMessage } from './message.ts';

export interface AppendResult {
  message: Message;
  /** True when the nonce had already stored this message: nothing was written. */
  duplicate: boolean;
}

export type Outcome = { ok: AppendResult } | { error: DomainError };

const nonceKey = (senderId: string, nonce: string) => `${senderId}\u0000${nonce}`;

/** A stored message holding the nonce answers the retry, unless the retry says something else. */
function answerRepeat(item: NewMessage, holder: Message): Outcome {
  return sameMessage(item, holder)
    ? { ok: { message: holder, duplicate: true } }
    : { error: conflict('nonce already used for a different message') };
}

/**
 * Writes one batch of a room's messages in the caller's transaction: the room
 * row lock, N messages with consecutive seqs, one last_seq bump of N and N
 * 'message' events. Each item gets its own outcome; only an unexpected
 * database error fails the whole batch.
 */
export async function appendBatch(tx: Tx, roomId: string, items: NewMessage[]): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = new Array(items.length);
  const room = await tx.rooms.lockLive(roomId);
  if (!room) return items.map(() => ({ error: notFound(roomNotFound(roomId)) }));

  const members = await tx.rooms.membersAmong(roomId, [...new Set(items.map((i) => i.senderId))]);
  // A nonce repeated inside the batch is answered by its first occurrence.
  const firstIndex = new Map<string, number>();
  const followers: number[] = [];
  let writers: number[] = [];
  items.forEach((item, i) => {
    if (!members.has(item.senderId)) return void (outcomes[i] = { error: notFound(roomNotFound(roomId)) });
    if (item.nonce !== null) {
      const key = nonceKey(item.senderId, item.nonce);
      if (firstIndex.has(key)) return void followers.push(i);
      firstIndex.set(key, i);
    }
    writers.push(i);
  });

  const holders = new Map<string, Message>();
  const stored = await insertResolvingNonces(tx, room, items, writers, (i, holder) => {
    holders.set(nonceKey(holder.senderId, holder.nonce!), holder);
    outcomes[i] = answerRepeat(items[i]!, holder);
  });
  writers = writers.filter((i) => outcomes[i] === undefined);

  if (stored.length > 0) {
    await tx.rooms.advance(roomId, stored.length, stored.length);
    await tx.events.append(
      stored.map((m) => ({ roomId, seq: m.seq, type: 'message', payload: messagePayload(m), actorId: m.senderId })),
    );
  }
  stored.forEach((message, k) => {
    outcomes[writers[k]!] = { ok: { message, duplicate: false } };
    if (message.nonce !== null) holders.set(nonceKey(message.senderId, message.nonce), message);
  });
  for (const i of followers) {
    const item = items[i]!;
    outcomes[i] = answerRepeat(item, holders.get(nonceKey(item.senderId, item.nonce!))!);
  }
  return outcomes as Outcome[];
}

/**
 * Inserts the writers' messages with seqs following the room's last seq. A
 * nonce already stored makes the unique constraint skip its row; the
 * statement is then undone to the savepoint (so seqs stay gap-free), the
 * holders of those nonces are read and reported, and the rest is inserted
 * again. Under the room lock nothing else can take a nonce in between, so
 * the second attempt succeeds.
 */
async function insertResolvingNonces(
  tx: Tx,
  room: LockedRoom,
  items: NewMessage[],
  writers: number[],
  onRepeat: (index: number, holder: Message) => void,
): Promise<Message[]> {
  let pending = writers;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === 3) throw new Error(`room ${room.id}: nonce conflicts did not resolve`);
    const rows = pending.map((i, k) => toMessage(room, items[i]!, room.lastSeq + k + 1));
    const guarded = rows.some((m) => m.nonce !== null);
    if (guarded) await tx.savepoint();
    const inserted = await tx.messages.insertMany(rows);
    if (inserted.size === rows.length) return rows;
    await tx.rollbackToSavepoint();
    const clashing = pending.filter((_, k) => !inserted.has(rows[k]!.id));
    const holders = await tx.messages.findByNonces(
      room.id,
      clashing.map((i) => ({ senderId: items[i]!.senderId, nonce: items[i]!.nonce! })),
    );
    const byKey = new Map(holders.map((m) => [nonceKey(m.senderId, m.nonce!), m]));
    const answered = new Set<number>();
    for (const i of clashing) {
      const holder = byKey.get(nonceKey(items[i]!.senderId, items[i]!.nonce!));
      if (holder) {
        onRepeat(i, holder);
        answered.add(i);
      }
    }
    pending = pending.filter((i) => !answered.has(i));
  }
  return [];
}

const toMessage = (room: LockedRoom, item: NewMessage, seq: number): Message => ({
  id: randomUUID(),
  roomId: room.id,
  senderId: item.senderId,
  content: item.content,
  contentType: item.contentType,
  files: item.files,
  nonce: item.nonce,
  seq,
  createdAt: room.now,
  updatedAt: room.now,
});
