import { inProcessPresence, RedisPresenceStore, timelineChannel, type Logger, type Redis, type TimelineEnvelope } from '@chat/common';
import type { ChatNamespace } from '../realtime/chat-socket.ts';
import { PresenceTracker, type PresenceOptions } from './presence-tracker.ts';

export interface PresenceWiring {
  /** Redis (its publishing connection) between routers; undefined in single-node mode, where memory holds presence. */
  redis: Redis | undefined;
  redisPrefix: string;
  namespaces: ChatNamespace[];
  chat: { roomIdsOf(userId: string): Promise<string[]> };
  /** This router's own fan-out: where announcements go without Redis. */
  receive(batch: TimelineEnvelope[]): void;
  options: Omit<PresenceOptions, 'markTtlMs'>;
  log: Logger;
}

/** How long a router's marks hold unrenewed: the users of a router that died read offline after this. */
const MARK_TTL_MS = 30_000;

/**
 * Presence for this router's sockets. Announcements travel as signals on
 * the timeline channel, so every router emits them to the rooms' members
 * exactly as it emits typing (docs/ARCHITECTURE.md).
 */
export function startPresence(w: PresenceWiring): PresenceTracker {
  const store = w.redis ? new RedisPresenceStore(w.redis, w.redisPrefix) : inProcessPresence();
  const channel = timelineChannel(w.redisPrefix);
  const publish = w.redis
    ? async (batch: TimelineEnvelope[]) => void (await w.redis!.publish(channel, JSON.stringify(batch)))
    : async (batch: TimelineEnvelope[]) => w.receive(batch);
  const tracker = new PresenceTracker({ store, roomIdsOf: (id) => w.chat.roomIdsOf(id), publish, log: w.log }, { ...w.options, markTtlMs: MARK_TTL_MS });
  for (const nsp of w.namespaces) tracker.watch(nsp);
  return tracker;
}
