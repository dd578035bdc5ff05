import fp from 'fastify-plugin';
import { Counter, Histogram, metricsRefusal, metricsRegistry, registeredOnce, type MetricsAccess } from '@chat/common';

const labelNames = ['method', 'route', 'status_code'] as const;

const requests = registeredOnce('http_requests_total', () => new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered by the gateway, by method, route pattern and status',
  labelNames,
}));

const duration = registeredOnce('http_request_duration_seconds', () => new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time the gateway took to answer, by method, route pattern and status',
  labelNames,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
}));

/**
 * Every answer counted and timed by its route's pattern (`/chat/rooms/:roomId`),
 * never its URL: ids in paths would make a series per room. A request no
 * route matched counts as `unmatched`. Also serves GET /metrics, which in
 * single-node mode holds every service's metrics (one process, one registry).
 */
export const httpMetrics = fp<{ access: MetricsAccess }>(
  async (app, { access }) => {
    app.addHook('onResponse', async (request, reply) => {
      const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
    });
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      const refusal = metricsRefusal(access, request.headers.authorization);
      if (refusal) return reply.status(refusal.status).headers(refusal.headers).type('text/plain').send(refusal.message);
      return reply.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
    });
  },
  { name: 'http-metrics' },
);
