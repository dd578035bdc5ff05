// Scenario 1 (fan-out) and 2 (integrity), per room shape: ours' ladder, stepped
// up until p99 passes the limit or anything is refused; the light-load point,
// the long fixed-rate step and the overload at twice ours' sustained rate; then
// the bare relay at the same rates. Ours' steps also read the services'
// per-stage histograms, and every refused send is followed up: never delivered
// (here) and never stored (stored-check.ts).
import { OUTCOME_UNKNOWN, type ConnectResult, type StepResult, type Target } from './harness-protocol.ts';
import type { Harness } from './harness.ts';
import { P99_LIMIT_MS, type BenchOptions } from './options.ts';
import { CpuMeter } from './processes.ts';
import type { Phase, Shape } from './shapes.ts';
import { scrapeStages, stageSummary, type StageSummary } from './stage-metrics.ts';
import type { StoredCheck } from './stored-check.ts';
import { roomPlans, socketSpecs, type World } from './world.ts';

export type StepPhase = 'ladder' | Phase;

export type FanoutStep = Omit<StepResult, 'ackedMessages' | 'refusedMessages' | 'unsettledMessages'> & {
  phase: StepPhase;
  /** CPU of each server process during the step, in % of one core. */
  serverCpu: Record<string, number>;
  sustained: boolean;
  /** Ours: where the services spent the step's messages' time (absent for the baseline). */
  stages?: StageSummary;
  /** Before this step, after the one before it failed: how long until a probe reached every room again (rooms: those it never did). */
  settle?: { ms: number; rooms: number };
  /** After this step: its sockets dropped, so they were opened again for the next one. */
  reconnected?: { sockets: number; failed: number; ms: number };
};

export interface FanoutTargetResult {
  target: Target;
  connect: ConnectResult;
  warmupMs: number;
  /** In the order they ran: the ladder, then the extra steps (one the ladder already ran is not repeated). */
  steps: FanoutStep[];
  /** Highest ladder rate with p99 within the limit, nothing refused and clean integrity (0: none). */
  maxSustainedRate: number;
  /** Every ladder step was sustained: the highest sustained rate may lie above the ladder. */
  ladderTopSustained: boolean;
}

/** One shape's run: ours, the bare relay at the same rates, and ours' messages checked against Postgres. */
export interface ShapeResult {
  shape: Shape;
  ours?: FanoutTargetResult;
  baseline?: FanoutTargetResult;
  stored?: StoredCheck;
  /** A target whose part of the shape stopped (its sockets did not connect, say), and why. */
  stopped?: string[];
}

/** What ours' steps left for the check against Postgres; senders are user ids (the unique key is room, sender, nonce). */
export interface OursMessages {
  acked: Array<[room: string, nonce: string, seq: number, sender: string]>;
  refused: Array<[room: string, nonce: string, sender: string]>;
  unsettled: Array<[room: string, nonce: string, code: string, sender: string]>;
}

export interface FanoutTarget {
  target: Target;
  world: World;
  urls: string[];
  pids: () => Record<string, number>;
  /** Ours: the /metrics endpoints carrying the stage histogram (routers, chat-core). */
  metricsUrls?: string[];
}

export function errorsOf(s: Pick<StepResult, 'answers' | 'socketErrors'>): number {
  const a = s.answers;
  return a.refused + a.unknown.count + a.timeouts + a.unsent + s.socketErrors;
}

export function integrityClean(s: Pick<StepResult, 'integrity'>): boolean {
  const i = s.integrity;
  return i.missing + i.duplicates + i.reordered + i.mismatched + i.leaked + i.outOfSendOrder + i.refusedDelivered === 0;
}

/** Twice ours' highest sustained rate; when it sustained none, twice its first ladder rate. */
export function overloadRate(shape: Shape, ours: Pick<FanoutTargetResult, 'maxSustainedRate'>): number {
  return 2 * (ours.maxSustainedRate > 0 ? ours.maxSustainedRate : shape.ladder[0]!);
}

/** The step a phase stands for: its own, or the ladder's at the same rate and length. */
export function phaseStep(t: FanoutTargetResult | undefined, phase: Phase, rate: number | undefined): FanoutStep | undefined {
  if (!t || rate === undefined) return undefined;
  return t.steps.find((s) => s.phase === phase) ?? t.steps.find((s) => s.phase === 'ladder' && s.rate === rate);
}

/** After sending: wait while answers or deliveries still come (QUIET_MS), at most DRAIN_MS. */
const DRAIN_MS = 60_000;
const QUIET_MS = 5_000;
/** The longest wait for a target to recover from a failed step before the next one starts. */
const SETTLE_MS = 60_000;
/** How long each target is sent to, unmeasured, before its ladder. */
const WARM_UP_MS = 3_000;

export class FanoutRun {
  /** ours' acknowledged, refused and unsettled messages of the shape being run. */
  private messages: OursMessages = { acked: [], refused: [], unsettled: [] };
  /** The last step was not sustained: the next one waits until the target delivers to every room again. */
  private unsettled = false;

  constructor(
    private readonly options: BenchOptions,
    private readonly harness: Harness,
    private readonly log: (line: string) => void,
  ) {}

  /** Hands over (and forgets) what ours' steps stored and refused since the last call. */
  takeMessages(): OursMessages {
    const out = this.messages;
    this.messages = { acked: [], refused: [], unsettled: [] };
    return out;
  }

  /**
   * Opens the target's sockets, waits until every room reaches every member,
   * runs the ladder and the extra steps, and closes the sockets. `ours` is
   * ours' result when this is the baseline: its rates set the extra steps.
   */
  async target(t: FanoutTarget, shape: Shape, ours?: FanoutTargetResult): Promise<FanoutTargetResult> {
    const connect = await this.harness.connect(t.target, socketSpecs(t.world, t.urls, t.target === 'ours'));
    try {
      if (connect.failed > 0) throw new Error(`${t.target}: ${connect.failed} fan-out sockets failed to connect: ${connect.errors.join('; ')}`);
      const warm = await this.harness.warmup(roomPlans(t.world, shape.senders));
      this.log(`  ${t.target.padEnd(8)} ${connect.connected} sockets connected in ${connect.ms} ms, every room warm in ${warm.ms} ms`);
      if (warm.unconfirmed > 0) throw new Error(`${t.target}: ${warm.unconfirmed} rooms never delivered a warm-up message to every member`);
      const result: FanoutTargetResult = { target: t.target, connect, warmupMs: warm.ms, steps: [], maxSustainedRate: 0, ladderTopSustained: false };
      this.unsettled = false;
      const durationMs = this.options.duration * 1000;
      await this.warmUp(t, shape, this.options.quick ? 500 : WARM_UP_MS);
      for (const rate of shape.ladder) {
        const step = await this.step(t, shape, 'ladder', rate, durationMs);
        result.steps.push(step);
        if (!step.sustained) break;
        result.maxSustainedRate = rate;
      }
      result.ladderTopSustained = result.steps.length === shape.ladder.length && result.steps.every((s) => s.sustained);
      const phases = this.options.phases;
      const ran = (rate: number, ms: number) => result.steps.some((s) => s.rate === rate && Math.abs(s.durationMs - ms) < 500);
      if (phases.includes('light') && shape.lightRate !== undefined && !ran(shape.lightRate, durationMs)) {
        result.steps.push(await this.step(t, shape, 'light', shape.lightRate, durationMs));
      }
      if (phases.includes('overload')) {
        const rate = overloadRate(shape, ours ?? result);
        const ms = shape.overloadSeconds * 1000;
        // Ours always runs it: its refusals are the point. The baseline's ladder step at that rate, if any, stands for it.
        if (t.target === 'ours' || !ran(rate, ms)) result.steps.push(await this.step(t, shape, 'overload', rate, ms));
      }
      // Last: at a fixed rate that may be far above what ours sustains, it can leave ours wedged for minutes.
      if (phases.includes('stress') && shape.stress) {
        result.steps.push(await this.step(t, shape, 'stress', shape.stress.rate, shape.stress.seconds * 1000));
      }
      return result;
    } finally {
      await this.harness.disconnect();
    }
  }

  /**
   * Sends at the ladder's first rate for a few seconds, unmeasured: the first
   * seconds of traffic pay for JIT compilation, the first use of each prepared
   * statement, pools filling up, in every process on the path, and measured
   * they made the first step's p99 5 to 20 times the next one's (102 ms at hot
   * 50 msg/s, then 18 ms at 100 msg/s; docs/BENCHMARKS.md). Both targets get the
   * same warm-up; its messages are real, and checked in Postgres with the rest.
   */
  private async warmUp(t: FanoutTarget, shape: Shape, durationMs: number): Promise<void> {
    const rate = shape.ladder[0]!;
    const step = await this.send(t, shape, 'warm-up', rate, durationMs);
    this.log(`  ${t.target.padEnd(8)} warmed up at ${rate}/s for ${durationMs / 1000} s (not measured: p50 ${step.latency.p50} p99 ${step.latency.p99} ms)`);
    if (!integrityClean(step)) throw new Error(`${t.target}: the warm-up's deliveries failed the integrity check`);
    this.unsettled = step.latency.p99 > P99_LIMIT_MS || errorsOf(step) > 0;
  }

  /** Sends at `rate` for `durationMs` to every room of the shape; keeps each message's outcome for the Postgres check. */
  private async send(t: FanoutTarget, shape: Shape, label: string, rate: number, durationMs: number) {
    const { ackedMessages, refusedMessages, unsettledMessages, ...step } = await this.harness.step({
      label,
      rate,
      durationMs,
      // Long enough that a slow step shows as latency, not as loss.
      drainMs: DRAIN_MS,
      quietMs: QUIET_MS,
      ackTimeoutMs: 10_000,
      rooms: roomPlans(t.world, shape.senders),
    });
    const userId = (socket: number) => t.world.users[socket]!.id;
    for (const [room, nonce, seq, sender] of ackedMessages) this.messages.acked.push([room, nonce, seq, userId(sender)]);
    for (const [room, nonce, sender] of refusedMessages) this.messages.refused.push([room, nonce, userId(sender)]);
    for (const [room, nonce, code, sender] of unsettledMessages) this.messages.unsettled.push([room, nonce, code, userId(sender)]);
    return step;
  }

  private async step(t: FanoutTarget, shape: Shape, phase: StepPhase, rate: number, durationMs: number): Promise<FanoutStep> {
    const label = phase === 'ladder' ? `${rate}/s` : phase === 'stress' ? `${phase} ${rate}/s ${durationMs / 1000}s` : `${phase} ${rate}/s`;
    const settle = this.unsettled ? await this.settle(t, shape) : undefined;
    const before = t.metricsUrls ? await scrapeStages(t.metricsUrls) : undefined;
    const meter = new CpuMeter();
    meter.start(t.pids());
    const step = await this.send(t, shape, label, rate, durationMs);
    const serverCpu = meter.stop();
    const stages = before && t.metricsUrls ? stageSummary(before, await scrapeStages(t.metricsUrls)) : undefined;
    const sustained = step.latency.p99 <= P99_LIMIT_MS && errorsOf(step) === 0 && integrityClean(step);
    this.unsettled = !sustained;
    const a = step.answers;
    const codes = Object.entries(a.codes).filter(([code]) => !['stored', 'timeout', OUTCOME_UNKNOWN].includes(code)).map(([code, n]) => `${code} ${n}`).join(', ');
    const refusals = a.refused > 0 ? `  refused ${a.refused} (${codes}; p50 ${a.refusalLatency.p50} p99 ${a.refusalLatency.p99} ms)` : '';
    const others =
      a.unknown.count + a.timeouts + a.unsent + step.socketErrors > 0
        ? `  outcome unknown ${a.unknown.count} timeouts ${a.timeouts} unsent ${a.unsent} disconnects ${step.socketErrors}`
        : '';
    this.log(
      `  ${t.target.padEnd(8)} ${label.padEnd(22)} acked ${String(step.ackPerSecond).padStart(6)}/s  deliveries ${String(step.deliveriesPerSecond).padStart(7)}/s  ` +
        `p50 ${step.latency.p50} p99 ${step.latency.p99} max ${step.latency.max} ms (ack p50 ${step.ackLatency.p50} p99 ${step.ackLatency.p99})` +
        `${refusals}${others}  cli ${step.harnessCpu}%${integrityClean(step) ? '' : '  INTEGRITY FAILED'}`,
    );
    const reconnected = step.socketErrors > 0 ? await this.reconnect(t, step.disconnectReasons) : undefined;
    return { ...step, phase, serverCpu, sustained, ...(stages ? { stages } : {}), ...(settle ? { settle } : {}), ...(reconnected ? { reconnected } : {}) };
  }

  /** Dropped sockets would make every later step a measure of nothing: all of the target's are opened again. */
  private async reconnect(t: FanoutTarget, reasons: Record<string, number>): Promise<{ sockets: number; failed: number; ms: number }> {
    const why = Object.entries(reasons).map(([reason, n]) => `${n} ${reason}`).join(', ');
    await this.harness.disconnect();
    const c = await this.harness.connect(t.target, socketSpecs(t.world, t.urls, t.target === 'ours'));
    this.log(`  ${t.target.padEnd(8)} sockets dropped (${why}): reconnected ${c.connected} in ${c.ms} ms${c.failed > 0 ? `, ${c.failed} failed: ${c.errors.join('; ')}` : ''}`);
    return { sockets: c.connected, failed: c.failed, ms: c.ms };
  }

  /**
   * A step that overloaded the target leaves a backlog (queued sends, unanswered
   * calls) that would be measured as the next step's latency: a probe to every
   * room, repeated until each is delivered, says it has worked through it.
   */
  private async settle(t: FanoutTarget, shape: Shape): Promise<{ ms: number; rooms: number }> {
    const probe = await this.harness.warmup(roomPlans(t.world, shape.senders), SETTLE_MS);
    this.log(`  ${t.target.padEnd(8)} ${probe.unconfirmed > 0 ? `still not delivering to ${probe.unconfirmed} rooms after` : 'delivering to every room again after'} ${probe.ms} ms`);
    return { ms: probe.ms, rooms: probe.unconfirmed };
  }
}
