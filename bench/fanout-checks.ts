// The fan-out's targets, per shape: each with what was measured, the target,
// and whether it was met. Ratios are against the bare relay measured in the
// same run; absolute latencies on a shared 2-core machine drift.
import { overloadRate, phaseStep, type FanoutStep, type FanoutTargetResult, type ShapeResult } from './fanout.ts';
import { OUTCOME_UNKNOWN, RESOURCE_EXHAUSTED } from './harness-protocol.ts';
import { P99_LIMIT_MS } from './options.ts';

/** open: the run cannot tell (a ladder's top was sustained); info: counted, no target. */
export type Verdict = 'met' | 'gap' | 'open' | 'n/a' | 'info';

export interface Check {
  measure: string;
  measured: string;
  target: string;
  verdict: Verdict;
}

const LIGHT = { p99TimesBare: 2, p50Ms: 3, ackP50Ms: 2 };
const STRESS = { p99TimesBare: 2 };
const SUSTAINED_RATIO = 0.5;
const OVERLOAD = { acceptedOfSustained: 0.9, refusalP99Ms: 100 };

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
const met = (ok: boolean): Verdict => (ok ? 'met' : 'gap');
const sum = (steps: FanoutStep[], f: (s: FanoutStep) => number) => steps.reduce((n, s) => n + f(s), 0);

function lightChecks(r: ShapeResult, rate: number): Check[] {
  const o = phaseStep(r.ours, 'light', rate);
  const b = phaseStep(r.baseline, 'light', rate);
  if (!o) return [];
  const at = `at ${rate} msg/s (light)`;
  const x = b ? ratio(o.latency.p99, b.latency.p99) : null;
  return [
    {
      measure: `delivery p99 ${at}, ours / bare`,
      measured: `${o.latency.p99} / ${b?.latency.p99 ?? '-'} ms = ${x ?? '-'}×`,
      target: `≤ ${LIGHT.p99TimesBare}× bare`,
      verdict: x === null ? 'n/a' : met(x <= LIGHT.p99TimesBare),
    },
    { measure: `delivery p50 ${at}, ours (bare)`, measured: `${o.latency.p50} (${b?.latency.p50 ?? '-'}) ms`, target: `≤ ${LIGHT.p50Ms} ms`, verdict: met(o.latency.p50 <= LIGHT.p50Ms) },
    { measure: `ack p50 ${at}, ours (bare)`, measured: `${o.ackLatency.p50} (${b?.ackLatency.p50 ?? '-'}) ms`, target: `≤ ${LIGHT.ackP50Ms} ms`, verdict: met(o.ackLatency.p50 <= LIGHT.ackP50Ms) },
  ];
}

function stressChecks(r: ShapeResult, rate: number, seconds: number): Check[] {
  const o = r.ours?.steps.find((s) => s.phase === 'stress');
  const b = r.baseline?.steps.find((s) => s.phase === 'stress');
  if (!o) return [];
  const at = `${rate} msg/s for ${seconds} s`;
  const x = b ? ratio(o.latency.p99, b.latency.p99) : null;
  return [
    { measure: `${at}: sends acknowledged as stored`, measured: `${o.acked} of ${o.sent}`, target: 'every one', verdict: met(o.acked === o.sent) },
    { measure: `${at}: delivery p99`, measured: `${o.latency.p99} ms`, target: `≤ ${P99_LIMIT_MS} ms (must)`, verdict: met(o.latency.p99 <= P99_LIMIT_MS) },
    {
      measure: `${at}: delivery p99, ours / bare`,
      measured: `${o.latency.p99} / ${b?.latency.p99 ?? '-'} ms = ${x ?? '-'}×`,
      target: `≤ ${STRESS.p99TimesBare}× bare (stretch)`,
      verdict: x === null ? 'n/a' : met(x <= STRESS.p99TimesBare),
    },
  ];
}

/** A ladder whose every step held gives a lower bound only: the ratio is then a bound too, or unknown. */
function sustainedCheck(ours: FanoutTargetResult, bare: FanoutTargetResult): Check {
  const x = ratio(ours.maxSustainedRate, bare.maxSustainedRate);
  const o = `${ours.ladderTopSustained ? '≥ ' : ''}${ours.maxSustainedRate}`;
  const b = `${bare.ladderTopSustained ? '≥ ' : ''}${bare.maxSustainedRate}`;
  let verdict: Verdict;
  let shown = x === null ? '-' : String(x);
  if (x === null) verdict = 'n/a';
  else if (ours.ladderTopSustained && bare.ladderTopSustained) verdict = 'open';
  else if (ours.ladderTopSustained) [verdict, shown] = [x >= SUSTAINED_RATIO ? 'met' : 'open', `≥ ${x}`];
  else if (bare.ladderTopSustained) [verdict, shown] = [x < SUSTAINED_RATIO ? 'gap' : 'open', `≤ ${x}`];
  else verdict = met(x >= SUSTAINED_RATIO);
  return {
    measure: `highest sustained rate (p99 ≤ ${P99_LIMIT_MS} ms, nothing refused), ours / bare`,
    measured: `${o} / ${b} msg/s = ${shown}`,
    target: `≥ ${SUSTAINED_RATIO}`,
    verdict,
  };
}

function codesText(codes: Record<string, number>): string {
  const errors = Object.entries(codes).filter(([code]) => code !== 'stored');
  return errors.length === 0 ? 'none' : errors.map(([code, n]) => `${code} ${n}`).join(', ');
}

function overloadChecks(r: ShapeResult): Check[] {
  const ours = r.ours;
  const o = ours?.steps.find((s) => s.phase === 'overload');
  if (!ours || !o) return [];
  const rate = overloadRate(r.shape, ours);
  const at = `overload ${rate} msg/s for ${r.shape.overloadSeconds} s`;
  const base = ours.maxSustainedRate;
  const a = o.answers;
  const unexpected = Object.entries(a.codes).filter(([code, n]) => n > 0 && ![RESOURCE_EXHAUSTED, OUTCOME_UNKNOWN, 'stored'].includes(code));
  return [
    {
      measure: `${at}: accepted`,
      measured: `${o.ackPerSecond}/s${base > 0 ? ` = ${Math.round((o.ackPerSecond / base) * 100)}% of ${base}` : ''}`,
      target: `≥ ${OVERLOAD.acceptedOfSustained * 100}% of the sustained rate`,
      verdict: base > 0 ? met(o.ackPerSecond >= OVERLOAD.acceptedOfSustained * base) : 'n/a',
    },
    {
      measure: `${at}: refusal latency p50 / p99`,
      measured: a.refused > 0 ? `${a.refusalLatency.p50} / ${a.refusalLatency.p99} ms (${a.refused} refused)` : 'none refused',
      target: `≤ ${OVERLOAD.refusalP99Ms} ms`,
      // Nothing refused is a gap only when the excess came back some other way.
      verdict: a.refused > 0 ? met(a.refusalLatency.p99 <= OVERLOAD.refusalP99Ms) : unexpected.length > 0 ? 'gap' : 'n/a',
    },
    { measure: `${at}: error codes in acks`, measured: codesText(a.codes), target: `${RESOURCE_EXHAUSTED} only (${OUTCOME_UNKNOWN} apart)`, verdict: met(unexpected.length === 0) },
  ];
}

/** Over every step of ours in the shape, and Postgres. */
function integrityChecks(r: ShapeResult): Check[] {
  const steps = r.ours?.steps ?? [];
  if (steps.length === 0) return [];
  const refused = sum(steps, (s) => s.answers.refused);
  const delivered = sum(steps, (s) => s.integrity.refusedDelivered);
  const stored = r.stored?.refusedStored;
  const unknown = sum(steps, (s) => s.answers.unknown.count);
  const resolved = sum(steps, (s) => s.answers.unknown.resolvedStored);
  const lost = sum(steps, (s) => s.integrity.missing);
  const duplicated = sum(steps, (s) => s.integrity.duplicates);
  const notOnce = r.stored?.ackedWrong;
  const outOfOrder = sum(steps, (s) => s.integrity.outOfSendOrder);
  return [
    {
      measure: 'refused messages delivered / stored',
      measured: `${delivered} / ${stored ?? '-'} of ${refused}`,
      target: '0 / 0',
      verdict: delivered === 0 && (stored ?? 0) === 0 ? (stored === undefined ? 'open' : 'met') : 'gap',
    },
    {
      measure: `${OUTCOME_UNKNOWN} answers (resent with the same nonce)`,
      measured: `${unknown}: ${resolved} then stored, ${unknown - resolved} unresolved`,
      target: 'counted apart',
      verdict: 'info',
    },
    { measure: "each sender's accepted messages in its send order", measured: `${outOfOrder} out of order`, target: '0', verdict: met(outOfOrder === 0) },
    {
      measure: 'acknowledged messages lost / duplicated',
      measured: `${lost} / ${duplicated} (Postgres: ${notOnce === undefined ? '-' : `${notOnce} not stored exactly once`})`,
      target: '0 / 0',
      verdict: met(lost === 0 && duplicated === 0 && (notOnce ?? 0) === 0),
    },
  ];
}

export function shapeChecks(r: ShapeResult): Check[] {
  const out: Check[] = [];
  if (r.shape.lightRate !== undefined) out.push(...lightChecks(r, r.shape.lightRate));
  if (r.shape.stress) out.push(...stressChecks(r, r.shape.stress.rate, r.shape.stress.seconds));
  if (r.ours && r.baseline) out.push(sustainedCheck(r.ours, r.baseline));
  out.push(...overloadChecks(r), ...integrityChecks(r));
  return out;
}
