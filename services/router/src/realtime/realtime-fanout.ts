import type { TimelineEnvelope } from '@chat/common';
import type { SignalFanout } from './signal-fanout.ts';
import type { TimelineFanout } from './timeline-fanout.ts';

/**
 * What chat-core publishes, to the right fanout: timeline events (seq > 0)
 * to TimelineFanout, which keeps each room's order; live-only signals
 * (seq 0) to SignalFanout, which first checks who is still a member.
 */
export class RealtimeFanout {
  constructor(
    private readonly timeline: TimelineFanout,
    private readonly signals: SignalFanout,
  ) {}

  receive(batch: TimelineEnvelope[]): void {
    // The usual batch holds no signal: it goes on as it is, without a copy.
    if (!batch.some((event) => event.seq === 0)) return this.timeline.receive(batch);
    for (const event of batch) if (event.seq === 0) this.signals.receive(event);
    this.timeline.receive(batch.filter((event) => event.seq !== 0));
  }

  close(): void {
    this.timeline.close();
    this.signals.close();
  }
}
