/** GET /admin/system: the services' counters as they stand (services/gateway/src/admin/system-snapshot.ts). */
export interface SystemSnapshot {
  at: number;
  sources: { source: string; ok: boolean; error?: string }[];
  routers: { source: string; sockets: number }[];
  messages: number;
  errors: number;
  /** Cumulative buckets of send → ack: [upper bound in seconds (null: +Inf), count]. */
  delivery: [number | null, number][];
  outbox: { depth: number | null; oldestSeconds: number | null } | null;
}

export interface SystemView {
  sockets: number;
  routers: { source: string; sockets: number }[];
  /** Over the interval between the two snapshots; null until there are two. */
  messagesPerSecond: number | null;
  errorsPerSecond: number | null;
  /** Seconds; null without a message sent in the interval. */
  p50: number | null;
  p99: number | null;
  outbox: SystemSnapshot['outbox'];
  down: { source: string; error?: string }[];
}

/** What the page shows, from the latest snapshot and the one before it (rates and quantiles over that interval). */
export function systemView(latest: SystemSnapshot, previous: SystemSnapshot | undefined): SystemView {
  const seconds = previous ? (latest.at - previous.at) / 1000 : 0;
  const rate = (now: number, before: number | undefined) =>
    // A counter lower than before: a service restarted, so what it counted since is all there is.
    before === undefined || seconds <= 0 ? null : Math.max(0, now >= before ? now - before : now) / seconds;
  const buckets = previous ? bucketDelta(latest.delivery, previous.delivery) : [];
  return {
    sockets: latest.routers.reduce((sum, r) => sum + r.sockets, 0),
    routers: latest.routers,
    messagesPerSecond: rate(latest.messages, previous?.messages),
    errorsPerSecond: rate(latest.errors, previous?.errors),
    p50: quantile(0.5, buckets),
    p99: quantile(0.99, buckets),
    outbox: latest.outbox,
    down: latest.sources.filter((s) => !s.ok).map(({ source, error }) => ({ source, ...(error ? { error } : {}) })),
  };
}

function bucketDelta(now: SystemSnapshot['delivery'], before: SystemSnapshot['delivery']): [number, number][] {
  const old = new Map(before.map(([le, n]) => [le ?? Infinity, n]));
  return now.map(([le, n]) => [le ?? Infinity, Math.max(0, n - (old.get(le ?? Infinity) ?? 0))]);
}

/** Prometheus's histogram_quantile: linear within the bucket the rank falls in; the top bucket answers its lower bound. */
export function quantile(q: number, buckets: [number, number][]): number | null {
  const total = buckets.at(-1)?.[1] ?? 0;
  if (total === 0) return null;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const [le, count] of buckets) {
    if (count >= rank) {
      if (!Number.isFinite(le)) return lower;
      return lower + ((le - lower) * (rank - below)) / Math.max(1, count - below);
    }
    lower = le;
    below = count;
  }
  return lower;
}
