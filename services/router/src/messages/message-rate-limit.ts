import { DomainError, type Logger, type WindowCounters } from '@chat/common';
import { rateLimited } from '../realtime/router-metrics.ts';

export interface MessageRateLimit {
  /** Counts one event of the user's; throws RESOURCE_EXHAUSTED (retry after 1 s) past the limit. */
  take(userId: string): Promise<void>;
}

/**
 * Messages (typing signals included) per user per second, counted in Redis
 * so the limit holds for the user's sockets on every router together (in
 * memory in single-node mode, where there is one router). Fixed one-second
 * windows aligned on the clock's seconds, so the answer can say "in 1 s".
 * Redis away: events pass uncounted rather than all failing, as the
 * gateway's limits do.
 */
export function createMessageRateLimit(windows: WindowCounters, prefix: string, perSecond: number, log: Logger): MessageRateLimit {
  if (perSecond === 0) return { take: async () => undefined };
  return {
    async take(userId) {
      const second = Math.floor(Date.now() / 1000);
      const key = `${prefix}:router:message-rate:${userId}:${second}`;
      let count: number;
      try {
        // Two seconds: the key of a second must outlive it, whatever the clocks of Redis and this process say.
        ({ count } = await windows.hit(key, 2));
      } catch (error) {
        log.warn({ err: error }, 'message rate limit unavailable: event not counted');
        return;
      }
      if (count > perSecond) {
        rateLimited.inc();
        throw new DomainError('RESOURCE_EXHAUSTED', `too many messages: at most ${perSecond} per second, try again in 1 s`, 1);
      }
    },
  };
}
