import type { FastifyPluginAsync } from 'fastify';
import type { MetricsAccess } from '@chat/common';
import { takeSnapshot } from './system-snapshot.ts';

export interface AdminSystemRoutesOptions {
  /** Other services' /metrics URLs (GATEWAY_ADMIN_METRICS_TARGETS). */
  targets: string[];
  access: Pick<MetricsAccess, 'token'>;
}

/**
 * GET /admin/system: the live system page's data (docs/OPERATIONS.md,
 * "Admin panel"). Behind the admin guard like every /admin route. Hidden
 * from the OpenAPI description: an operator's view, not part of the client
 * contract the SDK is generated from.
 */
export const adminSystemRoutes: FastifyPluginAsync<AdminSystemRoutesOptions> = async (app, { targets, access }) => {
  app.get('/system', { schema: { hide: true } }, async (_req, reply) => {
    const snapshot = await takeSnapshot(targets, access);
    // JSON has no Infinity: the last bucket's bound travels as null.
    const delivery = snapshot.delivery.map(([le, n]) => [Number.isFinite(le) ? le : null, n]);
    const outbox = snapshot.outbox && {
      depth: Number.isFinite(snapshot.outbox.depth) ? snapshot.outbox.depth : null,
      oldestSeconds: Number.isFinite(snapshot.outbox.oldestSeconds) ? snapshot.outbox.oldestSeconds : null,
    };
    return reply.header('cache-control', 'no-store').send({ ...snapshot, delivery, outbox });
  });
};
