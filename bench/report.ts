// The printed tables and the headline: per fan-out shape each target with its
// measure and verdict, then the idle-socket and HTTP ratios (ours / baseline:
// absolute numbers on a shared 2-core machine drift, ratios measured in one run much less).
import type { ConnectionsTargetResult } from './connections.ts';
import { shapeChecks, type Check } from './fanout-checks.ts';
import { integrityLine, renderShape, storedLines } from './fanout-report.ts';
import type { FanoutTargetResult, ShapeResult } from './fanout.ts';
import type { HttpResult } from './http-load.ts';
import type { StoredCheck } from './stored-check.ts';
import { table } from './table.ts';

export interface Headline {
  /** Per fan-out shape: each target, measured, and met or the gap. */
  fanout?: Record<string, Check[]>;
  bytesPerIdleSocket?: { sockets: number; ours: number; baseline: number; ratio: number | null; target: '<= 1.5' };
  historyPageP99Ms?: { newest: number; deep: number; messages: number; target: '< 10' };
}

export interface Results {
  fanout?: { shapes: Record<string, ShapeResult>; stored?: StoredCheck };
  connections?: { ours?: ConnectionsTargetResult; baseline?: ConnectionsTargetResult };
  http?: HttpResult;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

export function headline(r: Results): Headline {
  const h: Headline = {};
  const shapes = Object.entries(r.fanout?.shapes ?? {});
  if (shapes.length > 0) h.fanout = Object.fromEntries(shapes.map(([name, s]) => [name, shapeChecks(s)]));
  const c = r.connections;
  if (c?.ours && c.baseline) {
    // Compare at the largest count both reached, where fixed costs weigh least.
    const both = c.ours.steps.filter((s) => c.baseline!.steps.some((b) => b.sockets === s.sockets)).pop();
    const b = both && c.baseline.steps.find((x) => x.sockets === both.sockets);
    if (both && b) h.bytesPerIdleSocket = { sockets: both.sockets, ours: both.bytesPerSocket, baseline: b.bytesPerSocket, ratio: ratio(both.bytesPerSocket, b.bytesPerSocket), target: '<= 1.5' };
  }
  // The target is a page's latency, so it is read from the runs with one client at a time.
  const runs = r.http?.runs.filter((x) => x.target === 'ours' && x.name.startsWith('history') && x.connections === 1);
  if (runs && runs.length >= 2) h.historyPageP99Ms = { newest: runs[0]!.p99, deep: runs[1]!.p99, messages: r.http!.historyMessages, target: '< 10' };
  return h;
}

function renderFanout(f: NonNullable<Results['fanout']>): string[] {
  const shapes = Object.values(f.shapes);
  const out = shapes.map(renderShape);
  out.push('');
  for (const pick of [(s: ShapeResult) => s.ours, (s: ShapeResult) => s.baseline]) {
    const targets = shapes.map(pick).filter((t): t is FanoutTargetResult => t !== undefined);
    if (targets.length > 0) out.push(integrityLine(targets));
  }
  if (f.stored) out.push(...storedLines(f.stored));
  return out;
}

export function render(r: Results, h: Headline): string {
  const out: string[] = [];
  if (r.fanout) out.push(...renderFanout(r.fanout));
  const c = r.connections;
  if (c && (c.ours || c.baseline)) {
    out.push('\nIdle sockets on one server');
    const rows = [c.ours, c.baseline].flatMap((t) => (t ? t.steps.map((s) => [t.target, s.sockets, s.connectPerSecond, s.harnessCpu, Math.round(s.rssBytes / 2 ** 20), Math.round(s.bytesPerSocket / 102.4) / 10, s.idleCpu, s.failed]) : []));
    out.push(table(['target', 'sockets', 'connects/s', 'cli cpu%', 'RSS MiB', 'KiB/socket', 'idle cpu%', 'failed'], rows));
    for (const t of [c.ours, c.baseline]) if (t?.stoppedBy) out.push(`${t.target} stopped: ${t.stoppedBy}`);
  }
  if (r.http) {
    out.push(`\nHTTP (autocannon; history room of ${r.http.historyMessages} messages; latency in ms)`);
    out.push(table(['target', 'request', 'conn', 'req/s', 'p50', 'p99', 'max', 'non-2xx', 'errors'], r.http.runs.map((x) => [x.target, x.name, x.connections, x.requestsPerSecond, x.p50, x.p99, x.max, x.non2xx, x.errors])));
  }
  out.push('\nHeadline');
  const lines: Array<[string, string, string, string, string]> = [];
  for (const [shape, checks] of Object.entries(h.fanout ?? {})) {
    for (const c of checks) lines.push([shape, c.measure, c.measured, c.target, c.verdict]);
  }
  if (h.bytesPerIdleSocket) {
    const b = h.bytesPerIdleSocket;
    const verdict = b.ratio === null ? 'n/a' : b.ratio <= 1.5 ? 'met' : 'gap';
    lines.push(['idle', `memory per idle socket at ${b.sockets}, ours / baseline`, `${(b.ours / 1024).toFixed(1)} / ${(b.baseline / 1024).toFixed(1)} KiB = ${b.ratio ?? '-'}`, b.target, verdict]);
  }
  if (h.historyPageP99Ms) {
    const x = h.historyPageP99Ms;
    lines.push(['http', `50-message page p99, one client, ${x.messages} messages (newest, deep)`, `${x.newest}, ${x.deep} ms`, x.target, Math.max(x.newest, x.deep) < 10 ? 'met' : 'gap']);
  }
  out.push(lines.length > 0 ? table(['scenario', 'measure', 'measured', 'target', 'verdict'], lines) : '(no pair of ours and the baseline was measured)');
  return out.join('\n');
}
