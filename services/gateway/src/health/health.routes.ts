import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import type { Redis } from '@chat/common';

export interface HealthRoutesOptions {
  auth: Pick<AuthClient, 'Health'>;
  chat: Pick<ChatClient, 'Health'>;
  /** Absent in single-node mode, where nothing depends on Redis. */
  redis?: Pick<Redis, 'ping'> | undefined;
}

/** Short, so a load balancer's probe gets an answer before its own timeout. */
const CHECK_TIMEOUT_MS = 1000;

const healthSchema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'unavailable'] },
    checks: {
      type: 'object',
      properties: { auth: { type: 'string' }, chat: { type: 'string' }, redis: { type: 'string' } },
    },
  },
} as const;

async function check(probe: () => Promise<boolean>): Promise<'ok' | 'unavailable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([probe(), timeout])) ? 'ok' : 'unavailable';
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/health` and `/ready` answer alike: 200 when the gateway and everything it
 * calls answer, 503 naming what does not. `/ready` is the name orchestrators
 * expect for "send traffic here"; while the gateway closes, Fastify answers
 * every new request, this one included, with 503 (return503OnClosing).
 */
export const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (app, { auth, chat, redis }) => {
  const handler = async (_req: unknown, reply: FastifyReply) => {
    const [authStatus, chatStatus, redisStatus] = await Promise.all([
      check(async () => (await auth.Health({}, { deadlineMs: CHECK_TIMEOUT_MS })).status === 'SERVING'),
      check(async () => (await chat.Health({}, { deadlineMs: CHECK_TIMEOUT_MS })).status === 'SERVING'),
      redis ? check(async () => (await redis.ping()) === 'PONG') : undefined,
    ]);
    const checks = { auth: authStatus, chat: chatStatus, ...(redisStatus ? { redis: redisStatus } : {}) };
    const ok = Object.values(checks).every((s) => s === 'ok');
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks });
  };
  app.get('/health', {
    schema: { tags: ['health'], summary: 'Liveness of the gateway and its upstreams', response: { 200: healthSchema, 503: healthSchema } },
  }, handler);
  app.get('/ready', {
    schema: { tags: ['health'], summary: 'Whether the gateway can serve requests now (its upstreams answer)', response: { 200: healthSchema, 503: healthSchema } },
  }, handler);
};
