import type { FastifyInstance } from 'fastify';
import { inProcessPresence, RedisPresenceStore, type PresenceStore } from '@chat/common';

/** What the routers record (router/src/presence): in Redis, or in this process's memory in single-node mode. */
export const presenceStoreOf = (app: FastifyInstance): PresenceStore =>
  app.redis ? new RedisPresenceStore(app.redis, app.redisPrefix) : inProcessPresence();
