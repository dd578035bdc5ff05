import { metricsRegistry, type MetricsAccess } from '@chat/common';

/**
 * What the admin panel's live system page shows, read from the services'
 * own metrics (docs/OPERATIONS.md): counters and buckets as they stand; the
 * page computes rates and quantiles from two snapshots a few seconds apart.
 */
export interface SystemSnapshot {
  /** Date.now() when taken. */
  at: number;
  /** Each metrics source asked, and whether it answered. */
  sources: { source: string; ok: boolean; error?: string }[];
  /** Sockets of each source that runs a router. */
  routers: { source: string; sockets: number }[];
  /** Messages routers received from clients, since they started. */
  messages: number;
  /** HTTP 5xx answers and failed gRPC calls (INTERNAL, UNKNOWN, UNAVAILABLE, DEADLINE_EXCEEDED), since start. */
  errors: number;
  /** Send → ack (the router_call stage), cumulative buckets: [upper bound in seconds, count]. */
  delivery: [number, number][];
  outbox: { depth: number; oldestSeconds: number } | null;
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const LINE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

/** The samples of Prometheus text format, comments skipped. */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (m[2] ?? '').matchAll(LABEL)) labels[key!] = value!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

const FAILED_GRPC = new Set(['INTERNAL', 'UNKNOWN', 'UNAVAILABLE', 'DEADLINE_EXCEEDED']);

/** The sources' texts folded into one snapshot; `own` is this process's registry (every service's in single-node mode). */
export function foldSnapshot(texts: { source: string; text: string }[], at: number, sources: SystemSnapshot['sources']): SystemSnapshot {
  const snapshot: SystemSnapshot = { at, sources, routers: [], messages: 0, errors: 0, delivery: [], outbox: null };
  const buckets = new Map<number, number>();
  for (const { source, text } of texts) {
    for (const s of parseMetrics(text)) {
      if (s.name === 'chat_router_sockets_connected') snapshot.routers.push({ source, sockets: s.value });
      else if (s.name === 'chat_router_client_events_total' && s.labels.event === 'message') snapshot.messages += s.value;
      else if (s.name === 'http_requests_total' && s.labels.status_code?.startsWith('5')) snapshot.errors += s.value;
      else if (s.name === 'grpc_server_handled_total' && FAILED_GRPC.has(s.labels.grpc_code ?? '')) snapshot.errors += s.value;
      else if (s.name === 'chat_delivery_stage_seconds_bucket' && s.labels.stage === 'router_call') {
        const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
        buckets.set(le, (buckets.get(le) ?? 0) + s.value);
      } else if (s.name === 'chat_outbox_depth' || s.name === 'chat_outbox_oldest_age_seconds') {
        // Every chat-core reads the same outbox: the largest answer, not a sum.
        const outbox = (snapshot.outbox ??= { depth: 0, oldestSeconds: 0 });
        if (s.name === 'chat_outbox_depth') outbox.depth = Math.max(outbox.depth, s.value);
        else outbox.oldestSeconds = Math.max(outbox.oldestSeconds, s.value);
      }
    }
  }
  snapshot.delivery = [...buckets.entries()].sort((a, b) => a[0] - b[0]);
  return snapshot;
}

/** Per source: how long the gateway waits for it; a source that does not answer in time is listed as down. */
const FETCH_TIMEOUT_MS = 2000;

/**
 * This process's metrics and every target's (GATEWAY_ADMIN_METRICS_TARGETS:
 * the routers', auth's and chat-core's /metrics URLs), asked at once.
 */
export async function takeSnapshot(targets: string[], access: Pick<MetricsAccess, 'token'>): Promise<SystemSnapshot> {
  const at = Date.now();
  const headers: Record<string, string> = access.token ? { authorization: `Bearer ${access.token}` } : {};
  const answers = await Promise.all([
    metricsRegistry.metrics().then((text) => ({ source: 'this process', text })),
    ...targets.map(async (url) => {
      try {
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
        if (!res.ok) return { source: url, error: `HTTP ${res.status}` };
        return { source: url, text: await res.text() };
      } catch (error) {
        return { source: url, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  ]);
  const texts = answers.filter((a): a is { source: string; text: string } => 'text' in a);
  const sources = answers.map((a) => ('text' in a ? { source: a.source, ok: true } : { source: a.source, ok: false, error: a.error }));
  return foldSnapshot(texts, at, sources);
}
