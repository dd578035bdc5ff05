import { performance } from 'node:perf_hooks';
import type { Logger } from '@chat/common';
import type { RetentionStore } from './retention-store.ts';

export interface RetentionOptions {
  /** CHAT_EVENT_RETENTION_DAYS; undefined: room events are kept. */
  eventDays: number | undefined;
  /** CHAT_MESSAGE_RETENTION_DAYS; undefined: kept, but in rooms an admin gave a retention of their own. */
  messageDays: number | undefined;
  /** Between runs; 0: never. */
  everyMs: number;
  /** Rows per statement or transaction. */
  batch: number;
}

export interface PruneReport {
  events: number;
  messages: number;
  /** The longest one message batch took, lock of its room included (the batch's transaction). */
  longestBatchMs: number;
}

/**
 * Prunes room events and messages past their retention, on a schedule, in
 * batches: each statement deletes at most `batch` rows, so no prune holds
 * a room (or anything a send waits on) for long. A `since` replay reaching
 * back past what was pruned answers `gap` (timeline/timeline-service.ts). Every
 * chat-core runs it; the deletes are idempotent.
 */
export class RetentionPruner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly store: RetentionStore,
    private readonly options: RetentionOptions,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.options.everyMs === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .catch((error: unknown) => this.log.warn({ err: error }, 'retention prune failed; tried again at the next run'))
        .finally(() => (this.running = undefined));
    }, this.options.everyMs);
    this.timer.unref();
  }

  async runOnce(): Promise<PruneReport> {
    const report: PruneReport = { events: 0, messages: 0, longestBatchMs: 0 };
    const { batch } = this.options;
    for (const { roomId, days } of await this.store.roomsWithRetention(this.options.messageDays)) {
      for (let afterSeq = 0; ; ) {
        const began = performance.now();
        const { count, upTo } = await this.store.pruneMessages(roomId, days, batch, afterSeq);
        report.longestBatchMs = Math.max(report.longestBatchMs, performance.now() - began);
        report.messages += count;
        afterSeq = upTo;
        if (count < batch) break;
      }
    }
    if (this.options.eventDays !== undefined) {
      for (;;) {
        const n = await this.store.pruneEvents(this.options.eventDays, batch);
        report.events += n;
        if (n < batch) break;
      }
    }
    if (report.events + report.messages > 0) this.log.info(report, 'pruned room events and messages past their retention');
    return report;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
