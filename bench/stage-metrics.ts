// Where ours spends a message's time, stage by stage: the services'
// `chat_delivery_stage_seconds` histogram (Prometheus text on GET /metrics),
// scraped before and after a step and subtracted, so each step reads only its
// own messages. The services' side may be absent (404, no such metric, no
// metrics server): the step then says "no stage metrics" and the bench goes on.

export const STAGE_METRIC = 'chat_delivery_stage_seconds';
/** In the order a message passes them: router, chat-core's queue, its transaction and commit, the publish, the router's emit. */
export const STAGES = ['router_call', 'queue_wait', 'transaction', 'commit', 'publish', 'fanout'] as const;

/** Cumulative bucket counts of one stage, by upper bound in seconds (Infinity for +Inf). */
export type Buckets = Map<number, number>;
/** Buckets per stage label, summed over every other label and every endpoint scraped. */
export type StageHistograms = Map<string, Buckets>;

export interface StageQuantiles {
  count: number;
  /** ms; null: above the highest finite bucket (5 s). */
  p50: number | null;
  p99: number | null;
}

export type StageSummary =
  /** `missing`: endpoints left out of this step (no answer before or after it), e.g. a router too busy to answer in time. */
  | { available: true; stages: Record<string, StageQuantiles>; missing?: string[] }
  | { available: false; reason: string };

export interface Scrape {
  /** Each endpoint that answered with the histogram. */
  byUrl: Map<string, StageHistograms>;
  /** Each endpoint that did not: why (a status, a refused connection, a timeout, the metric missing). */
  missing: Map<string, string>;
}

/** `name{a="x",b="y"} value` → its parts; undefined for comments, blank lines and anything unparsable. */
export function parseSample(line: string): { name: string; labels: Record<string, string>; value: number } | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(trimmed);
  if (!nameMatch) return undefined;
  const name = nameMatch[0];
  let rest = trimmed.slice(name.length);
  const labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    const labelRe = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/y;
    let at = 1;
    for (;;) {
      if (rest[at] === '}') break;
      labelRe.lastIndex = at;
      const m = labelRe.exec(rest);
      if (!m) return undefined;
      labels[m[1]!] = m[2]!.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
      at = labelRe.lastIndex;
    }
    rest = rest.slice(at + 1);
  }
  // The value, then an optional timestamp.
  const valueText = rest.trim().split(/\s+/)[0];
  if (valueText === undefined || valueText === '') return undefined;
  const value = valueText === '+Inf' ? Infinity : valueText === '-Inf' ? -Infinity : Number(valueText);
  return Number.isNaN(value) ? undefined : { name, labels, value };
}

/** The stage histogram's buckets in a Prometheus text exposition (empty when the metric is not there). */
export function parseStageHistograms(text: string): StageHistograms {
  const out: StageHistograms = new Map();
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${STAGE_METRIC}_bucket`)) continue;
    const sample = parseSample(line);
    if (!sample || sample.name !== `${STAGE_METRIC}_bucket`) continue;
    const { stage, le } = sample.labels;
    if (stage === undefined || le === undefined) continue;
    const bound = le === '+Inf' ? Infinity : Number(le);
    if (Number.isNaN(bound)) continue;
    const buckets = out.get(stage) ?? new Map<number, number>();
    buckets.set(bound, (buckets.get(bound) ?? 0) + sample.value);
    out.set(stage, buckets);
  }
  return out;
}

/** Sums b into a (several routers, or a router and chat-core, each with its stages). */
export function addHistograms(a: StageHistograms, b: StageHistograms): StageHistograms {
  for (const [stage, buckets] of b) {
    const into = a.get(stage) ?? new Map<number, number>();
    for (const [bound, count] of buckets) into.set(bound, (into.get(bound) ?? 0) + count);
    a.set(stage, into);
  }
  return a;
}

/** after − before, per stage and bucket; a stage whose counts went down (a restarted service) is left out. */
export function subtractHistograms(after: StageHistograms, before: StageHistograms): StageHistograms {
  const out: StageHistograms = new Map();
  for (const [stage, buckets] of after) {
    const earlier = before.get(stage);
    const diff = new Map<number, number>();
    let reset = false;
    for (const [bound, count] of buckets) {
      const d = count - (earlier?.get(bound) ?? 0);
      if (d < 0) reset = true;
      diff.set(bound, d);
    }
    if (!reset) out.set(stage, diff);
  }
  return out;
}

/**
 * The q-quantile in ms, by linear interpolation within the bucket that holds
 * it (as Prometheus' histogram_quantile does; the first bucket starts at 0).
 * null when it falls in the +Inf bucket.
 */
export function quantileMs(buckets: Buckets, q: number): number | null {
  const bounds = [...buckets.keys()].sort((x, y) => x - y);
  const total = buckets.get(Infinity) ?? buckets.get(bounds.at(-1)!) ?? 0;
  if (total <= 0) return 0;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const bound of bounds) {
    const cumulative = buckets.get(bound)!;
    if (cumulative >= rank) {
      if (bound === Infinity) return null;
      const inBucket = cumulative - below;
      const fraction = inBucket > 0 ? (rank - below) / inBucket : 1;
      return Math.round((lower + (bound - lower) * fraction) * 1000 * 100) / 100;
    }
    lower = bound;
    below = cumulative;
  }
  return null;
}

export function summarize(histograms: StageHistograms): Record<string, StageQuantiles> {
  const out: Record<string, StageQuantiles> = {};
  const order = [...STAGES, ...[...histograms.keys()].filter((s) => !(STAGES as readonly string[]).includes(s)).sort()];
  for (const stage of order) {
    const buckets = histograms.get(stage);
    if (!buckets) continue;
    const count = buckets.get(Infinity) ?? 0;
    out[stage] = { count, p50: quantileMs(buckets, 0.5), p99: quantileMs(buckets, 0.99) };
  }
  return out;
}

/** GETs each endpoint's /metrics. Never throws. */
export async function scrapeStages(urls: string[], timeoutMs = 5000): Promise<Scrape> {
  const scrape: Scrape = { byUrl: new Map(), missing: new Map() };
  await Promise.all(
    urls.map(async (url) => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        const text = await res.text();
        if (!res.ok) return void scrape.missing.set(url, String(res.status));
        const found = parseStageHistograms(text);
        if (found.size === 0) return void scrape.missing.set(url, `no ${STAGE_METRIC}`);
        scrape.byUrl.set(url, found);
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        scrape.missing.set(url, cause ?? (error as Error).message);
      }
    }),
  );
  return scrape;
}

/**
 * One step's stages from the scrapes around it: each endpoint's after − before
 * (only where both answered: one side alone would count the whole run), summed.
 */
export function stageSummary(before: Scrape, after: Scrape): StageSummary {
  const sum: StageHistograms = new Map();
  const missing: string[] = [];
  for (const url of new Set([...before.byUrl.keys(), ...before.missing.keys(), ...after.byUrl.keys(), ...after.missing.keys()])) {
    const b = before.byUrl.get(url);
    const a = after.byUrl.get(url);
    if (a && b) addHistograms(sum, subtractHistograms(a, b));
    else missing.push(`${url}: ${before.missing.get(url) ?? after.missing.get(url)}`);
  }
  missing.sort();
  if (sum.size === 0) return { available: false, reason: missing.length > 0 ? missing.join('; ') : `no ${STAGE_METRIC} samples` };
  return missing.length > 0 ? { available: true, stages: summarize(sum), missing } : { available: true, stages: summarize(sum) };
}
