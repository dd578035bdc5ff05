import { DomainError } from '@chat/common';
import type { ChatDb } from '../chat-db.ts';
import { appendBatch, type AppendResult } from './append-batch.ts';
import type { NewMessage } from './message.ts';

interface Pending {
  message: NewMessage;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * Group commit per room (DESIGN.md, "Appends are batched per room"). The
 * room row lock that keeps seqs gap-free serialises a room's writers, so one
 * transaction per message caps a hot room at a few hundred messages a
 * second. Instead, at most one transaction per room is in flight in this
 * process; whatever arrives meanwhile waits and goes into the next one, up
 * to `maxBatch` messages. An idle room pays no added latency: its first
 * message is written at once, alone.
 */
export class AppendQueue {
  private readonly queues = new Map<string, Pending[]>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly db: ChatDb,
    private readonly maxBatch = 64,
  ) {}

  append(roomId: string, message: NewMessage): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new DomainError('UNAVAILABLE', 'chat-core is shutting down, try again'));
    return new Promise<AppendResult>((resolve, reject) => {
      const item = { message, resolve, reject };
      const queue = this.queues.get(roomId);
      if (queue) return void queue.push(item);
      this.queues.set(roomId, [item]);
      const run = this.drain(roomId).finally(() => this.running.delete(run));
      this.running.add(run);
    });
  }

  /** Refuses new appends and waits for every queued one to be written and answered. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private async drain(roomId: string): Promise<void> {
    const queue = this.queues.get(roomId)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.db.transaction((tx) => appendBatch(tx, roomId, batch.map((p) => p.message)));
        // Answered only after COMMIT: an acknowledged message is durable.
        outcomes.forEach((outcome, i) => ('ok' in outcome ? batch[i]!.resolve(outcome.ok) : batch[i]!.reject(outcome.error)));
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    // No await between the emptiness check and this delete: a later append starts a new drain.
    this.queues.delete(roomId);
  }
}
