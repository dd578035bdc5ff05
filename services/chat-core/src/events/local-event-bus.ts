import type { TimelineEnvelope } from '@chat/common';
import { eventsPublished } from '../operations/outbox-metrics.ts';
import type { EventBus } from './event-bus.ts';

/**
 * Single-node mode (no Redis): events go straight to the router running in
 * the same process. The router starts after chat-core, so it is attached
 * later; events before that have no socket to reach anyway (clients catch up
 * with `since`).
 */
export class LocalEventBus implements EventBus {
  private sink: ((batch: TimelineEnvelope[]) => void) | undefined;

  attach(sink: (batch: TimelineEnvelope[]) => void): void {
    this.sink = sink;
  }

  /** The router emits synchronously: nothing is ever in flight. */
  async publish(batch: TimelineEnvelope[]): Promise<void> {
    this.sink?.(batch);
    eventsPublished.inc(batch.length);
  }

  signal(envelope: TimelineEnvelope): void {
    this.sink?.([envelope]);
  }
}
