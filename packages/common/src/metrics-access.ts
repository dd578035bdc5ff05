import { timingSafeEqual } from 'node:crypto';
import { ConfigError } from './config.ts';

/**
 * Who may read a metrics endpoint. Metrics name no user or room, but they
 * tell an outsider the load, the error rates and the versions in use: in
 * production an endpoint either asks for METRICS_TOKEN or is not reachable
 * from outside (docs/OPERATIONS.md, "Metrics").
 */
export interface MetricsAccess {
  /** Required as `Authorization: Bearer <token>` when set. */
  token: string | undefined;
  /**
   * false: this endpoint is on a public port in production with no token,
   * so it is not served there at all.
   */
  served: boolean;
}

const NOT_SERVED = 'metrics are not served on this port in production without METRICS_TOKEN (docs/OPERATIONS.md)';

/**
 * For /metrics on a service's public port (the gateway's and the router's):
 * open in development, bearer-only when METRICS_TOKEN is set, off in
 * production without it.
 */
export function publicMetricsAccess(nodeEnv: string, token: string | undefined): MetricsAccess {
  return { token: token || undefined, served: nodeEnv !== 'production' || Boolean(token) };
}

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * For a metrics-only port (auth's, chat-core's): in production without
 * METRICS_TOKEN it must listen on a specific (internal) address, not on all of them.
 */
export function internalMetricsAccess(variable: string, host: string, nodeEnv: string, token: string | undefined): MetricsAccess {
  if (nodeEnv === 'production' && !token && ANY_ADDRESS.has(host)) {
    throw new ConfigError(`${variable}: ${host || '(empty)'} listens on every address; in production set METRICS_TOKEN or an internal address`);
  }
  return { token: token || undefined, served: true };
}

export interface MetricsRefusal {
  status: 401 | 404;
  message: string;
  headers: Record<string, string>;
}

/** Why this request may not read the metrics; undefined when it may. */
export function metricsRefusal(access: MetricsAccess, authorization: string | undefined): MetricsRefusal | undefined {
  if (!access.served) return { status: 404, message: NOT_SERVED, headers: {} };
  if (!access.token) return undefined;
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  if (sameSecret(presented, access.token)) return undefined;
  return { status: 401, message: 'metrics require Authorization: Bearer <METRICS_TOKEN>', headers: { 'www-authenticate': 'Bearer realm="metrics"' } };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
