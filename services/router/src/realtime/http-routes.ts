import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkHealth, serveMetricsRequest, type HealthCheck, type MetricsAccess } from '@chat/common';

export interface HttpRoutesOptions {
  metrics: MetricsAccess;
  /** What /ready asks: Redis (absent in single-node mode) and chat-core. */
  checks: Record<string, HealthCheck>;
  /** True once close() began: /ready answers 503 so a load balancer sends no new client here. */
  draining: () => boolean;
}

/**
 * The router's HTTP answers beside Socket.IO: `/metrics`, `/health` (the
 * process answers: liveness, nothing else asked, so a slow upstream never
 * gets the router restarted) and `/ready` (it can serve clients now: Redis
 * and chat-core answer, and it is not shutting down). Returns false for
 * anything else.
 */
export function httpRoutes({ metrics, checks, draining }: HttpRoutesOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (await serveMetricsRequest(req, res, metrics)) return true;
    const path = req.url?.split('?')[0];
    if (req.method !== 'GET' || (path !== '/health' && path !== '/ready')) return false;
    if (path === '/health') {
      json(res, 200, { status: 'ok' });
      return true;
    }
    const report = await checkHealth(checks);
    const ready = report.status === 'SERVING' && !draining();
    json(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', checks: { ...report.checks, draining: draining() ? 'yes' : 'no' } });
    return true;
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
