// The fan-out's printed tables: per shape the steps of ours and the bare relay,
// ours' per-stage latencies; then one integrity line per target over every
// shape (the lines the CI smoke test reads) and what Postgres holds.
import { errorsOf, integrityClean, type FanoutStep, type FanoutTargetResult, type ShapeResult } from './fanout.ts';
import { P99_LIMIT_MS } from './options.ts';
import { table } from './table.ts';
import { describeShape } from './shapes.ts';
import { STAGES, type StageQuantiles } from './stage-metrics.ts';
import type { StoredCheck } from './stored-check.ts';

function stepRow(s: FanoutStep): Array<string | number> {
  const cpu = Object.values(s.serverCpu).reduce((a, b) => a + b, 0);
  const i = s.integrity;
  const a = s.answers;
  return [
    s.target, s.label, s.ackPerSecond, s.deliveriesPerSecond, s.latency.p50, s.latency.p95, s.latency.p99, s.latency.max,
    s.ackLatency.p50, s.ackLatency.p99, a.refused, a.refused > 0 ? a.refusalLatency.p99 : '-', errorsOf(s) - a.refused,
    integrityClean(s)
      ? 'ok'
      : `miss ${i.missing} dup ${i.duplicates} reord ${i.reordered} seq ${i.mismatched} leak ${i.leaked} order ${i.outOfSendOrder} refused-deliv ${i.refusedDelivered}`,
    cpu, s.harnessCpu, s.sustained ? 'yes' : 'no', note(s),
  ];
}

/** What happened around the step: the wait for the target to recover first, sockets dropped in it. */
function note(s: FanoutStep): string {
  const parts: string[] = [];
  if (s.settle) parts.push(`recovered in ${s.settle.ms} ms${s.settle.rooms > 0 ? ` (${s.settle.rooms} rooms never did)` : ''}`);
  if (s.socketErrors > 0) parts.push(`${s.socketErrors} sockets dropped (${Object.keys(s.disconnectReasons).join(', ')})`);
  return parts.join('; ');
}

const ms = (v: number | null) => (v === null ? '>5000' : String(v));
const cell = (q: StageQuantiles | undefined) => (q ? `${ms(q.p50)} / ${ms(q.p99)}` : '-');

/** Ours' stage table, or one line saying why there is none. */
function stagesTable(ours: FanoutTargetResult): string {
  const steps = ours.steps.filter((s) => s.stages);
  const reasons = new Set(steps.flatMap((s) => (s.stages && !s.stages.available ? [s.stages.reason] : [])));
  if (steps.every((s) => s.stages && !s.stages.available)) return `Stages (ours): no stage metrics (${[...reasons].join('; ') || 'not scraped'})`;
  const rows = steps.map((s) => {
    const st = s.stages!;
    if (!st.available) return [s.label, ...STAGES.map(() => '-'), 'no stage metrics'];
    return [s.label, ...STAGES.map((name) => cell(st.stages[name])), String(st.stages.router_call?.count ?? st.stages.queue_wait?.count ?? '-')];
  });
  const partial = steps.flatMap((s) => (s.stages?.available && s.stages.missing ? [`  ${s.label}: left out ${s.stages.missing.join('; ')}`] : []));
  return [
    'Stages (ours), ms p50 / p99, interpolated linearly within the histogram bucket (as histogram_quantile)',
    table(['step', ...STAGES, 'messages'], rows),
    ...partial,
  ].join('\n');
}

export function renderShape(r: ShapeResult): string {
  const out = [`\nFan-out, ${describeShape(r.shape)} (latency in ms, emit → receipt at the other members; sustained: p99 ≤ ${P99_LIMIT_MS} ms, nothing refused or failed, integrity ok)`];
  const steps = [...(r.ours?.steps ?? []), ...(r.baseline?.steps ?? [])];
  out.push(
    table(
      ['target', 'step', 'acked/s', 'deliv/s', 'p50', 'p95', 'p99', 'max', 'ack p50', 'ack p99', 'refused', 'refusal p99', 'unknown/timeout/unsent', 'integrity', 'srv cpu%', 'cli cpu%', 'sustained', 'note'],
      steps.map(stepRow),
    ),
  );
  const details = new Map<string, string>();
  for (const step of steps) for (const [code, text] of Object.entries(step.answers.details)) if (!details.has(`${step.target} ${code}`)) details.set(`${step.target} ${code}`, text);
  for (const [key, text] of details) out.push(`error text (first seen, resends included), ${key}: ${text}`);
  for (const line of r.stopped ?? []) out.push(line);
  if (r.ours) out.push(stagesTable(r.ours));
  return out.join('\n');
}

/** One line per target summing every step of every shape: the line a CI smoke test reads. */
export function integrityLine(targets: FanoutTargetResult[]): string {
  const steps = targets.flatMap((t) => t.steps);
  const sum = (k: 'missing' | 'duplicates' | 'reordered' | 'mismatched' | 'leaked' | 'outOfSendOrder' | 'refusedDelivered') => steps.reduce((n, s) => n + s.integrity[k], 0);
  const acked = steps.reduce((n, s) => n + s.acked, 0);
  return (
    `Integrity (${targets[0]!.target}): ${acked} acknowledged messages over ${steps.length} steps: ${sum('missing')} lost, ${sum('duplicates')} duplicated, ` +
    `${sum('reordered')} reordered, ${sum('mismatched')} seq mismatches, ${sum('leaked')} leaked, ${sum('outOfSendOrder')} out of send order, ${sum('refusedDelivered')} refused delivered`
  );
}

export function storedLines(s: StoredCheck): string[] {
  const unsettled = Object.entries(s.unsettled.byCode).map(([code, v]) => `${code} ${v.count} (${v.stored} stored)`);
  return [
    `Postgres: ${s.checked} acknowledged messages in ${s.roomsChecked} rooms checked: ${s.problems.length === 0 ? 'each stored exactly once, logs gap-free' : s.problems.join('\n  ')}`,
    `Postgres, refused: ${s.refusedChecked} refused messages checked: ${s.refusedStored === 0 ? 'none stored' : `${s.refusedStored} stored`}; ` +
      `outcome never learnt (not judged): ${unsettled.length === 0 ? 'none' : unsettled.join(', ')}`,
  ];
}
