import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Histogram, register } from 'prom-client';
import { metricsRefusal, type MetricsAccess } from './metrics-access.ts';

/**
 * Every service's metrics live in prom-client's default registry: one per
 * process, so embedded mode (the four services in one process) serves them
 * all from one endpoint. Labels stay bounded: no user or room ids.
 */
export const metricsRegistry = register;

/** Re-exported so a package defining metrics needs no prom-client of its own (one copy, one registry). */
export { Counter, Gauge, Histogram } from 'prom-client';

/** Process and event-loop metrics, once per process however many services it runs. */
export function collectProcessMetrics(): void {
  if (register.getSingleMetric('process_cpu_user_seconds_total')) return;
  collectDefaultMetrics({ register });
}

/**
 * Where a message's time goes, stage by stage, from the socket event to the
 * emit at the other members (docs/ARCHITECTURE.md, "The path of a message").
 */
export const DELIVERY_STAGES = ['router_call', 'queue_wait', 'transaction', 'commit', 'publish', 'fanout'] as const;
export type DeliveryStage = (typeof DELIVERY_STAGES)[number];

/**
 * prom-client's registry is one per process, but this module may be
 * evaluated more than once in it (a test runner's module graph beside the
 * native one): a metric already registered is reused, not registered twice.
 */
export function registeredOnce<M>(name: string, create: () => M): M {
  return (register.getSingleMetric(name) as M | undefined) ?? create();
}

export const deliveryStageSeconds = registeredOnce('chat_delivery_stage_seconds', () => new Histogram({
  name: 'chat_delivery_stage_seconds',
  help: 'Time a message spends in each stage of its delivery',
  labelNames: ['stage'] as const,
  buckets: [0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5],
}));

/** Records `ms` spent in a stage. */
export function observeStage(stage: DeliveryStage, ms: number): void {
  deliveryStageSeconds.observe({ stage }, Math.max(0, ms) / 1000);
}

export const messagesRefused = registeredOnce('chat_messages_refused_total', () => new Counter({
  name: 'chat_messages_refused_total',
  help: 'Sends refused before anything was stored, by reason',
  labelNames: ['reason'] as const,
}));

/**
 * chat-core's append path (docs/ARCHITECTURE.md, "The path of a message"):
 * messages stored, the transactions that stored them and how many each
 * carried. Counted where a batch commits, once per batch, not per message.
 */
export const messagesAppended = registeredOnce('chat_messages_appended_total', () => new Counter({
  name: 'chat_messages_appended_total',
  help: 'Messages stored by chat-core',
}));

export const appendTransactions = registeredOnce('chat_append_transactions_total', () => new Counter({
  name: 'chat_append_transactions_total',
  help: 'Transactions of chat-core\'s append path, each storing one batch of messages',
}));

export const appendBatchSize = registeredOnce('chat_append_batch_size', () => new Histogram({
  name: 'chat_append_batch_size',
  help: 'Messages per append transaction',
  buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
}));

/**
 * Answers GET /metrics with the registry, when `access` lets this request see
 * it (METRICS_TOKEN as a bearer token, docs/OPERATIONS.md); returns false for
 * any other request, which is left to the caller.
 */
export async function serveMetricsRequest(req: IncomingMessage, res: ServerResponse, access: MetricsAccess): Promise<boolean> {
  if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') return false;
  const refusal = metricsRefusal(access, req.headers.authorization);
  if (refusal) {
    res.writeHead(refusal.status, { 'content-type': 'text/plain', ...refusal.headers }).end(refusal.message);
    return true;
  }
  try {
    const text = await register.metrics();
    res.writeHead(200, { 'content-type': register.contentType }).end(text);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics unavailable: ${String(error)}`);
  }
  return true;
}

/** A metrics-only HTTP server (services without an HTTP port of their own); port 0 picks one. */
export async function startMetricsServer(host: string, port: number, access: MetricsAccess): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void serveMetricsRequest(req, res, access).then((served) => {
      if (!served) res.writeHead(404, { 'content-type': 'text/plain' }).end('metrics are served at /metrics');
    });
  });
  server.listen(port, host);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
