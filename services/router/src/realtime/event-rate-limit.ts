import { DomainError, memoryWindowCounters, type Logger, type WindowCounters } from '@chat/common';

export interface EventRateLimit {
  /** Counts one event of the user's; throws RESOURCE_EXHAUSTED (retry after 1 s) past the limit. */
  take(userId: string): Promise<void>;
}

/**
 * The client events that are not messages (`sync`, `messagesRead`,
 * `authenticate`, and names no handler takes) per user per second, over all
 * the user's sockets and routers (Redis; memory in single-node mode): each
 * costs chat-core queries, a signature check or at least an answer, and
 * `message`/`typing` have a limit of their own (SOCKET_MESSAGE_RATE_LIMIT).
 * Redis away: counted in this router's memory instead, so the limit holds
 * per router rather than falling open or refusing everyone.
 */
export function createEventRateLimit(windows: WindowCounters, prefix: string, perSecond: number, log: Logger): EventRateLimit {
  if (perSecond === 0) return { take: async () => undefined };
  const local = memoryWindowCounters();
  return {
    async take(userId) {
      const key = `${prefix}:router:event-rate:${userId}:${Math.floor(Date.now() / 1000)}`;
      // Two seconds: the key of a second must outlive it, whatever the clocks of Redis and this process say.
      const { count } = await windows.hit(key, 2).catch((error: unknown) => {
        log.warn({ err: error }, 'event rate limit: Redis unavailable, counting in this router');
        return local.hit(key, 2);
      });
      if (count > perSecond) {
        throw new DomainError('RESOURCE_EXHAUSTED', `too many events: at most ${perSecond} per second besides messages, try again in 1 s`, 1);
      }
    },
  };
}
