// The printed tables and the headline ratios (ours / baseline: absolute numbers
// on a shared 2-core machine drift, ratios measured in one run much less).
import type { ConnectionsTargetResult } from './connections.ts';
import { integrityClean, type FanoutStep, type FanoutTargetResult } from './fanout.ts';
import type { HttpResult } from './http-load.ts';
import { P99_LIMIT_MS } from './options.ts';
import type { StoredCheck } from './stored-check.ts';

export interface Headline {
  maxSustainedRate?: { ours: number; baseline: number; ratio: number | null; oursAtTopOfLadder: boolean; target: '>= 0.5' };
  /** At half of ours' highest sustained rate; when ours sustained none, at the lowest rate both ran. */
  p99AtHalfRate?: { rate: number; atHalfOfOurs: boolean; ours: number; baseline: number; ratio: number | null; target: '<= 2' };
  bytesPerIdleSocket?: { sockets: number; ours: number; baseline: number; ratio: number | null; target: '<= 1.5' };
  historyPageP99Ms?: { newest: number; deep: number; messages: number; target: '< 10' };
}

export interface Results {
  fanout?: { ours?: FanoutTargetResult; baseline?: FanoutTargetResult; stored?: StoredCheck };
  connections?: { ours?: ConnectionsTargetResult; baseline?: ConnectionsTargetResult };
  http?: HttpResult;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

/** Fixed-width columns; numbers right-aligned. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((v, c) => (typeof rows[0]?.[c] === 'number' ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function stepRow(s: FanoutStep): Array<string | number> {
  const cpu = Object.values(s.serverCpu).reduce((a, b) => a + b, 0);
  const i = s.integrity;
  return [
    s.target, s.label, s.ackPerSecond, s.deliveriesPerSecond, s.latency.p50, s.latency.p95, s.latency.p99, s.latency.max,
    s.ackLatency.p50, s.ackLatency.p99, s.ackErrors + s.ackTimeouts + s.socketErrors,
    integrityClean(s) ? 'ok' : `miss ${i.missing} dup ${i.duplicates} reord ${i.reordered} seq ${i.mismatched} leak ${i.leaked}`,
    cpu, s.harnessCpu, s.sustained ? 'yes' : 'no',
  ];
}

export function headline(r: Results): Headline {
  const h: Headline = {};
  const { ours, baseline } = r.fanout ?? {};
  if (ours && baseline) {
    const top = ours.steps.length > 0 && ours.steps.every((s) => s.sustained);
    h.maxSustainedRate = { ours: ours.maxSustainedRate, baseline: baseline.maxSustainedRate, ratio: ratio(ours.maxSustainedRate, baseline.maxSustainedRate), oursAtTopOfLadder: top, target: '>= 0.5' };
    // Without a sustained rate of ours, compare at the lowest rate both ran instead.
    const pair: [FanoutStep, FanoutStep] | undefined =
      ours.halfRate && baseline.halfRate
        ? [ours.halfRate, baseline.halfRate]
        : ours.steps.flatMap((o): Array<[FanoutStep, FanoutStep]> => {
            const b = baseline.steps.find((x) => x.rate === o.rate);
            return b ? [[o, b]] : [];
          })[0];
    if (pair) {
      const [o, b] = pair;
      h.p99AtHalfRate = { rate: o.rate, atHalfOfOurs: pair[0] === ours.halfRate, ours: o.latency.p99, baseline: b.latency.p99, ratio: ratio(o.latency.p99, b.latency.p99), target: '<= 2' };
    }
  }
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

/** One line per target summing every step: the line a CI smoke test reads. */
function integrityLine(t: FanoutTargetResult): string {
  const steps = [...t.steps, ...(t.halfRate ? [t.halfRate] : [])];
  const sum = (k: 'missing' | 'duplicates' | 'reordered' | 'mismatched' | 'leaked') => steps.reduce((n, s) => n + s.integrity[k], 0);
  const acked = steps.reduce((n, s) => n + s.acked, 0);
  return `Integrity (${t.target}): ${acked} acknowledged messages over ${steps.length} steps: ${sum('missing')} lost, ${sum('duplicates')} duplicated, ${sum('reordered')} reordered, ${sum('mismatched')} seq mismatches, ${sum('leaked')} leaked`;
}

export function render(r: Results, h: Headline): string {
  const out: string[] = [];
  const f = r.fanout;
  if (f && (f.ours || f.baseline)) {
    out.push(`\nFan-out (latency in ms, emit → receipt at the other members; sustained: p99 ≤ ${P99_LIMIT_MS} ms, no errors, integrity ok)`);
    const steps = [...(f.ours ? [...f.ours.steps, ...(f.ours.halfRate ? [f.ours.halfRate] : [])] : []), ...(f.baseline ? [...f.baseline.steps, ...(f.baseline.halfRate ? [f.baseline.halfRate] : [])] : [])];
    out.push(table(['target', 'step', 'acked/s', 'deliv/s', 'p50', 'p95', 'p99', 'max', 'ack p50', 'ack p99', 'errors', 'integrity', 'srv cpu%', 'cli cpu%', 'sustained'], steps.map(stepRow)));
    for (const t of [f.ours, f.baseline]) if (t) out.push(integrityLine(t));
    if (f.stored) out.push(`Postgres: ${f.stored.checked} acknowledged messages in ${f.stored.roomsChecked} rooms checked: ${f.stored.problems.length === 0 ? 'each stored exactly once, logs gap-free' : f.stored.problems.join('\n  ')}`);
  }
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
  const lines: Array<[string, string, string]> = [];
  if (h.maxSustainedRate) {
    const m = h.maxSustainedRate;
    lines.push(['highest sustained rate, ours / baseline', `${m.oursAtTopOfLadder ? '≥' : ''}${m.ours} / ${m.baseline} msg/s = ${m.ratio ?? '-'}`, m.target]);
  }
  if (h.p99AtHalfRate) {
    const p = h.p99AtHalfRate;
    lines.push([`p99 at ${p.rate} msg/s${p.atHalfOfOurs ? '' : ' (ours sustained no step)'}, ours / baseline`, `${p.ours} / ${p.baseline} ms = ${p.ratio ?? '-'}`, p.target]);
  }
  if (h.bytesPerIdleSocket) {
    const b = h.bytesPerIdleSocket;
    lines.push([`memory per idle socket at ${b.sockets}, ours / baseline`, `${(b.ours / 1024).toFixed(1)} / ${(b.baseline / 1024).toFixed(1)} KiB = ${b.ratio ?? '-'}`, b.target]);
  }
  if (h.historyPageP99Ms) {
    const x = h.historyPageP99Ms;
    lines.push([`50-message page p99, one client, ${x.messages} messages (newest, deep)`, `${x.newest}, ${x.deep} ms`, x.target]);
  }
  out.push(lines.length > 0 ? table(['measure', 'measured', 'target'], lines) : '(no pair of ours and the baseline was measured)');
  return out.join('\n');
}
