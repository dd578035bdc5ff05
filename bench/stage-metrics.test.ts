import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSample, parseStageHistograms, quantileMs, scrapeStages, stageSummary, subtractHistograms, summarize, type Scrape } from './stage-metrics.ts';

const BOUNDS = ['0.0005', '0.001', '0.002', '0.003', '0.005', '0.0075', '0.01', '0.015', '0.02', '0.03', '0.05', '0.075', '0.1', '0.15', '0.25', '0.5', '1', '2.5', '5', '+Inf'];

/** prom-client's exposition of the histogram (label order, HELP and TYPE as it writes them), counts per bucket (not cumulative). */
function exposition(perStage: Record<string, number[]>, extra = ''): string {
  const lines = ['# HELP chat_delivery_stage_seconds Time a message spends in each stage of its delivery', '# TYPE chat_delivery_stage_seconds histogram'];
  for (const [stage, counts] of Object.entries(perStage)) {
    let cumulative = 0;
    BOUNDS.forEach((le, i) => {
      cumulative += counts[i] ?? 0;
      lines.push(`chat_delivery_stage_seconds_bucket{le="${le}",stage="${stage}"} ${cumulative}`);
    });
    lines.push(`chat_delivery_stage_seconds_sum{stage="${stage}"} 0.123`, `chat_delivery_stage_seconds_count{stage="${stage}"} ${cumulative}`);
  }
  return `# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.\n# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total 1.5\n${lines.join('\n')}\n${extra}`;
}

/** n observations in the bucket with upper bound `le`. */
function at(le: string, n: number): number[] {
  const counts = BOUNDS.map(() => 0);
  counts[BOUNDS.indexOf(le)] = n;
  return counts;
}

describe('the stage histogram parser', () => {
  it('reads labels in any order, escaped quotes, +Inf and a timestamp', () => {
    expect(parseSample('x_bucket{stage="a \\"b\\"",le="+Inf"} 42 1700000000000')).toEqual({ name: 'x_bucket', labels: { stage: 'a "b"', le: '+Inf' }, value: 42 });
    expect(parseSample('up 1')).toEqual({ name: 'up', labels: {}, value: 1 });
    expect(parseSample('# TYPE up gauge')).toBeUndefined();
    expect(parseSample('broken{stage="a} 1')).toBeUndefined();
  });

  it('finds the buckets of every stage, summing other labels, and ignores other metrics', () => {
    const text = exposition({ router_call: at('0.002', 3), commit: at('0.01', 2) }, 'chat_delivery_stage_seconds_bucket{stage="commit",le="0.01",service="b"} 5\nchat_delivery_stage_seconds_bucket{stage="commit",le="+Inf",service="b"} 5\n');
    const h = parseStageHistograms(text);
    expect([...h.keys()].sort()).toEqual(['commit', 'router_call']);
    expect(h.get('router_call')!.get(0.002)).toBe(3);
    expect(h.get('router_call')!.get(0.001)).toBe(0);
    expect(h.get('commit')!.get(Infinity)).toBe(7);
  });

  it('is empty when the metric is not exposed', () => {
    expect(parseStageHistograms('# HELP up x\nup 1\n').size).toBe(0);
  });
});

describe('stage quantiles', () => {
  it('interpolates linearly within the bucket holding the quantile', () => {
    // 100 observations: 50 in (1, 2] ms, 50 in (10, 15] ms.
    const h = parseStageHistograms(exposition({ s: BOUNDS.map((le) => (le === '0.002' || le === '0.015' ? 50 : 0)) }));
    const buckets = h.get('s')!;
    expect(quantileMs(buckets, 0.5)).toBe(2);
    expect(quantileMs(buckets, 0.99)).toBe(14.9);
    expect(quantileMs(buckets, 0.25)).toBe(1.5);
  });

  it('starts the first bucket at 0 and says null above the last finite bound', () => {
    expect(quantileMs(parseStageHistograms(exposition({ s: at('0.0005', 4) })).get('s')!, 0.5)).toBe(0.25);
    expect(quantileMs(parseStageHistograms(exposition({ s: at('+Inf', 4) })).get('s')!, 0.5)).toBeNull();
  });

  it('reads only the step between two scrapes, and drops a stage whose counts went down', () => {
    const before = parseStageHistograms(exposition({ router_call: at('0.001', 1000), fanout: at('0.005', 10) }));
    const after = parseStageHistograms(exposition({ router_call: [...at('0.001', 1000)].map((c, i) => c + (BOUNDS[i] === '0.03' ? 10 : 0)), fanout: at('0.005', 3) }));
    const step = summarize(subtractHistograms(after, before));
    expect(step).toEqual({ router_call: { count: 10, p50: 25, p99: 29.9 } });
  });
});

/** The same endpoints with every count at 0: a scrape from before anything was observed. */
function emptied(s: Scrape): Scrape {
  const byUrl = new Map([...s.byUrl].map(([url, h]) => [url, new Map([...h].map(([stage, b]) => [stage, new Map([...b].map(([le]) => [le, 0]))]))]));
  return { byUrl, missing: new Map(s.missing) };
}

describe('scraping', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/router/metrics') res.end(exposition({ router_call: at('0.002', 2), fanout: at('0.001', 2) }));
      else if (req.url === '/core/metrics') res.end(exposition({ commit: at('0.003', 2) }));
      else if (req.url === '/bare/metrics') res.end('up 1\n');
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sums the stages of several endpoints', async () => {
    const s = await scrapeStages([`${base}/router/metrics`, `${base}/core/metrics`]);
    expect(s.missing.size).toBe(0);
    const summary = stageSummary({ byUrl: new Map(), missing: new Map() }, s);
    // Nothing before: no endpoint has both sides, so none counts.
    expect(summary.available).toBe(false);
    const both = stageSummary(emptied(s), s);
    expect(both.available && Object.keys(both.stages).sort()).toEqual(['commit', 'fanout', 'router_call']);
  });

  it('leaves out an endpoint that did not answer on one side of the step, and says so', async () => {
    const s = await scrapeStages([`${base}/router/metrics`, `${base}/core/metrics`]);
    const before = emptied(s);
    before.byUrl.delete(`${base}/router/metrics`);
    before.missing.set(`${base}/router/metrics`, 'The operation was aborted due to timeout');
    const summary = stageSummary(before, s);
    expect(summary.available).toBe(true);
    if (!summary.available) return;
    expect(Object.keys(summary.stages)).toEqual(['commit']);
    expect(summary.stages.commit!.count).toBe(2);
    expect(summary.missing).toEqual([`${base}/router/metrics: The operation was aborted due to timeout`]);
  });

  it('says why there are no stage metrics: a 404, a missing metric, nothing listening', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const none = await scrapeStages([`${base}/metrics`, `${base}/bare/metrics`, `http://127.0.0.1:${closedPort}/metrics`]);
    const summary = stageSummary(none, none);
    expect(summary.available).toBe(false);
    if (summary.available) return;
    expect(summary.reason).toContain(': 404');
    expect(summary.reason).toContain('no chat_delivery_stage_seconds');
    expect(summary.reason).toContain('ECONNREFUSED');
  });
});
