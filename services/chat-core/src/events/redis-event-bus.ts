import { timelineChannel, type Logger, type Redis, type TimelineEnvelope } from '@chat/common';
import { eventsPublished } from '../operations/outbox-metrics.ts';
import type { EventBus } from './event-bus.ts';

/**
 * Publishes to every router's subscription in Redis: one PUBLISH per
 * committed batch, whatever its size. Commands on one connection are sent
 * and applied in call order, so a room's batches leave in commit order.
 */
export class RedisEventBus implements EventBus {
  private readonly channel: string;

  constructor(
    private readonly redis: Redis,
    redisPrefix: string,
    private readonly log: Logger,
  ) {
    this.channel = timelineChannel(redisPrefix);
  }

  async publish(batch: TimelineEnvelope[]): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(batch));
    eventsPublished.inc(batch.length);
  }

  signal(envelope: TimelineEnvelope): void {
    this.redis.publish(this.channel, JSON.stringify([envelope])).catch((error: unknown) => this.log.debug({ err: error }, 'signal not published'));
  }
}
