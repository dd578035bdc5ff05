import { performance } from 'node:perf_hooks';
import {
  activeTraceparent,
  appendBatchSize,
  appendTransactions,
  batchSpan,
  DomainError,
  messagesAppended,
  messagesRefused,
  observeStage,
  tracingOn,
} from '@chat/common';
import type { ChatDb } from '../stores.ts';
import { appendBatch, type AppendResult } from './append-batch.ts';
import type { NewMessage } from './message.ts';

interface Pending {
  roomId: string;
  message: NewMessage;
  /** performance.now() when it joined the queue. */
  enqueuedAt: number;
  /** Date.now() past which its caller no longer waits for the answer (Infinity: no deadline). */
  deadline: number;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
  /** Put back once after a nonce race with another process; a second one fails. */
  retried: boolean;
  /** The send's trace context (tracing on only): its event carries it to the routers. */
  traceparent?: string;
}

/** Postgres's unique_violation: another chat-core process stored one of the batch's nonces first. */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

export interface AppendQueueOptions {
  /** Most messages in one transaction. */
  maxBatch?: number;
  /** Transactions in flight at once. */
  writers?: number;
  /**
   * Longest a message may wait for a transaction, at least; while
   * transactions are slow it may wait three of them (a room's messages wait
   * for its transaction in flight; refusing them for that would refuse
   * nearly everything on a slow disk), never more than a second. Past it, it
   * is refused (RESOURCE_EXHAUSTED) without having been written: the load is
   * more than the database takes, and a prompt, true "not stored" beats a
   * late ack.
   */
  maxWaitMs?: number;
}

/** The longest wait slow transactions earn (unless CHAT_MAX_QUEUE_WAIT_MS allows more): a refusal still comes within it. */
const MAX_WAIT_CEILING_MS = 1000;

/** Seconds a refused sender is told to wait. */
const RETRY_AFTER_S = 1;

const overloaded = () =>
  new DomainError('RESOURCE_EXHAUSTED', `chat-core is overloaded: the message was not stored; retry in ${RETRY_AFTER_S} s`, RETRY_AFTER_S);

/**
 * Group commit (docs/ARCHITECTURE.md, "The path of a message" and "Decisions"), across rooms.
 * The room row lock that keeps seqs gap-free serialises a room's writers, and
 * every transaction costs a commit and a handful of round trips; with many
 * rooms each at a few messages a second, batching per room alone left nearly
 * one transaction per message (docs/BENCHMARKS.md). So at most `writers`
 * transactions are in flight in this process, each taking whatever is
 * waiting, from any rooms, up to `maxBatch` messages; a room is in at most one
 * of them, so its messages keep their arrival order. An idle process adds no
 * latency: a lone message is written at once.
 *
 * Admission (docs/ARCHITECTURE.md, "Overload"): a message that waited
 * longer than `maxWaitMs`, or whose caller's deadline has passed, is refused
 * before it enters a transaction, oldest first, so what is accepted keeps a
 * short wait and every refusal is true: nothing of it was stored.
 */
export class AppendQueue {
  /** Per room, in arrival order; rooms in the order they started waiting. */
  private readonly waiting = new Map<string, Pending[]>();
  private readonly busyRooms = new Set<string>();
  private running = 0;
  private drained: Array<() => void> = [];
  private closed = false;

  private readonly maxBatch: number;
  private readonly writers: number;
  private readonly maxWaitMs: number;
  private sweepTimer: NodeJS.Timeout | undefined;
  /** Moving average of a transaction's duration, BEGIN to COMMIT done. */
  private transactionMs = 0;

  constructor(
    private readonly db: ChatDb,
    options: AppendQueueOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 256;
    this.writers = options.writers ?? 4;
    this.maxWaitMs = options.maxWaitMs ?? 50;
  }

  /** `deadline`: Date.now() past which the caller stops waiting (Infinity: never). */
  append(roomId: string, message: NewMessage, deadline = Infinity): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new DomainError('UNAVAILABLE', 'chat-core is shutting down, try again'));
    return new Promise<AppendResult>((resolve, reject) => {
      const queue = this.waiting.get(roomId);
      const item: Pending = { roomId, message, enqueuedAt: performance.now(), deadline, resolve, reject, retried: false };
      if (tracingOn()) item.traceparent = activeTraceparent();
      if (queue) queue.push(item);
      else this.waiting.set(roomId, [item]);
      this.sweepTimer ??= setTimeout(() => this.sweep(), this.allowedWaitMs() + 1);
      this.pump();
    });
  }

  /** Refuses new appends and waits for every queued one to be written and answered. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.running > 0 || this.waiting.size > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
  }

  private pump(): void {
    while (this.running < this.writers) {
      const batch = this.take();
      if (batch.length === 0) break;
      const now = performance.now();
      for (const p of batch) observeStage('queue_wait', now - p.enqueuedAt);
      this.running++;
      void this.write(batch).finally(() => {
        this.running--;
        for (const p of batch) this.busyRooms.delete(p.roomId);
        this.pump();
        if (this.running === 0 && this.waiting.size === 0) for (const resolve of this.drained.splice(0)) resolve();
      });
    }
  }

  /**
   * Refuses every waiting message past its wait or its caller's deadline,
   * so a refusal never waits for a writer to come free; while any wait,
   * looks again when the oldest of them will have waited too long.
   */
  private sweep(): void {
    this.sweepTimer = undefined;
    const now = performance.now();
    let oldest = Infinity;
    for (const [roomId, queue] of this.waiting) {
      this.refuseExpired(queue, now);
      if (queue.length === 0) this.waiting.delete(roomId);
      else oldest = Math.min(oldest, queue[0]!.enqueuedAt);
    }
    if (oldest < Infinity) this.sweepTimer = setTimeout(() => this.sweep(), Math.max(1, oldest + this.allowedWaitMs() - now + 1));
    if (this.running === 0 && this.waiting.size === 0) for (const resolve of this.drained.splice(0)) resolve();
  }

  private allowedWaitMs(): number {
    return Math.max(this.maxWaitMs, Math.min(MAX_WAIT_CEILING_MS, 3 * this.transactionMs));
  }

  /** Refuses the room's expired messages: a prefix of its queue, which is in arrival order. */
  private refuseExpired(queue: Pending[], now: number): void {
    const wallNow = Date.now();
    const allowed = this.allowedWaitMs();
    let expired = 0;
    while (expired < queue.length && (now - queue[expired]!.enqueuedAt > allowed || queue[expired]!.deadline <= wallNow)) expired++;
    for (const p of queue.splice(0, expired)) {
      messagesRefused.inc({ reason: p.deadline <= wallNow ? 'deadline' : 'overload' });
      p.reject(overloaded());
    }
  }

  /** Up to maxBatch waiting messages of rooms no transaction holds, oldest rooms first; expired ones are refused, not taken. */
  private take(): Pending[] {
    const batch: Pending[] = [];
    const now = performance.now();
    for (const [roomId, queue] of this.waiting) {
      if (batch.length >= this.maxBatch) break;
      if (this.busyRooms.has(roomId)) continue;
      this.refuseExpired(queue, now);
      if (queue.length === 0) {
        this.waiting.delete(roomId);
        continue;
      }
      batch.push(...queue.splice(0, this.maxBatch - batch.length));
      this.busyRooms.add(roomId);
      this.waiting.delete(roomId);
      // A room with more than fits goes to the back, behind the rooms that waited meanwhile.
      if (queue.length > 0) this.waiting.set(roomId, queue);
    }
    return batch;
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      const began = performance.now();
      const span = tracingOn() ? batchSpan('chat-core', 'append batch', batch.map((p) => p.traceparent), { 'chat.messages': batch.length }) : undefined;
      const { outcomes, executedMs } = await this.db.autocommit((stores) =>
        appendBatch(stores, batch.map((p) => ({ roomId: p.roomId, message: p.message, traceparent: p.traceparent }))),
      ).finally(() => span?.end());
      const tookMs = performance.now() - began;
      appendTransactions.inc();
      appendBatchSize.observe(batch.length);
      let stored = 0;
      for (const outcome of outcomes) if ('ok' in outcome && !outcome.ok.duplicate) stored++;
      messagesAppended.inc(stored);
      this.transactionMs = this.transactionMs === 0 ? tookMs : 0.8 * this.transactionMs + 0.2 * tookMs;
      // Postgres says how long the statement ran before its commit; the rest is the commit and the round trip.
      for (let i = 0; i < batch.length; i++) {
        observeStage('transaction', executedMs);
        observeStage('commit', Math.max(0, tookMs - executedMs));
      }
      // Answered only after COMMIT: an acknowledged message is durable.
      outcomes.forEach((outcome, i) => ('ok' in outcome ? batch[i]!.resolve(outcome.ok) : batch[i]!.reject(outcome.error)));
    } catch (error) {
      // The whole batch rolled back; once more, and this time the check sees the other process's message.
      const retry = isUniqueViolation(error) ? batch.filter((p) => !p.retried) : [];
      for (const p of batch) if (!retry.includes(p)) p.reject(error);
      for (const p of retry.reverse()) {
        p.retried = true;
        const queue = this.waiting.get(p.roomId);
        if (queue) queue.unshift(p);
        else this.waiting.set(p.roomId, [p]);
      }
    }
  }
}
