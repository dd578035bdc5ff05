// Scenario 1 (fan-out) and 2 (integrity): rooms of members, a few senders per
// room at a fixed total rate, stepped up until p99 passes the limit or errors
// appear; then both targets once more at half of ours' highest sustained rate.
import type { ConnectResult, StepResult, Target } from './harness-protocol.ts';
import { Harness } from './harness.ts';
import { P99_LIMIT_MS, type BenchOptions } from './options.ts';
import { CpuMeter } from './processes.ts';
import { roomPlans, socketSpecs, type World } from './world.ts';

export type FanoutStep = Omit<StepResult, 'ackedMessages'> & {
  /** CPU of each server process during the step, in % of one core. */
  serverCpu: Record<string, number>;
  sustained: boolean;
};

export interface FanoutTargetResult {
  target: Target;
  connect: ConnectResult;
  warmupMs: number;
  steps: FanoutStep[];
  /** Highest step rate with p99 within the limit, no errors and clean integrity (0: none). */
  maxSustainedRate: number;
  /** The step at half of ours' highest sustained rate, for the latency comparison. */
  halfRate?: FanoutStep;
}

export interface FanoutTarget {
  target: Target;
  world: World;
  urls: string[];
  pids: () => Record<string, number>;
}

function errorsOf(s: Pick<StepResult, 'ackErrors' | 'ackTimeouts' | 'socketErrors'>): number {
  return s.ackErrors + s.ackTimeouts + s.socketErrors;
}

export function integrityClean(s: Pick<StepResult, 'integrity'>): boolean {
  const i = s.integrity;
  return i.missing + i.duplicates + i.reordered + i.mismatched + i.leaked === 0;
}

export class FanoutRun {
  /** Every message ours acknowledged, for the check against Postgres. */
  readonly acked: Array<[string, string, number]> = [];

  constructor(private readonly options: BenchOptions, private readonly log: (line: string) => void) {}

  /** Opens the sockets, waits until every room reaches every member, and steps the rate up. */
  async ladder(t: FanoutTarget, halfOf?: number): Promise<FanoutTargetResult> {
    const harness = await Harness.start();
    try {
      const connect = await harness.connect(t.target, socketSpecs(t.world, t.urls, t.target === 'ours'));
      if (connect.failed > 0) throw new Error(`${t.target}: ${connect.failed} fan-out sockets failed to connect: ${connect.errors.join('; ')}`);
      const rooms = roomPlans(t.world, this.options.senders);
      const warm = await harness.warmup(rooms);
      this.log(`  ${t.target.padEnd(8)} ${connect.connected} sockets connected in ${connect.ms} ms, every room warm in ${warm.ms} ms`);
      if (warm.unconfirmed > 0) throw new Error(`${t.target}: ${warm.unconfirmed} rooms never delivered a warm-up message to every member`);
      const result: FanoutTargetResult = { target: t.target, connect, warmupMs: warm.ms, steps: [], maxSustainedRate: 0 };
      for (const rate of this.options.rates) {
        const step = await this.step(harness, t, rate, `${rate}/s`);
        result.steps.push(step);
        if (!step.sustained) break;
        result.maxSustainedRate = rate;
      }
      // Without a sustained rate of ours there is no half of it to compare at.
      const reference = halfOf ?? result.maxSustainedRate;
      if (reference > 0) {
        const rate = Math.max(1, Math.round(reference / 2));
        result.halfRate = await this.step(harness, t, rate, `half ${rate}/s`);
      }
      return result;
    } finally {
      await harness.close();
    }
  }

  private async step(harness: Harness, t: FanoutTarget, rate: number, label: string): Promise<FanoutStep> {
    const meter = new CpuMeter();
    meter.start(t.pids());
    const { ackedMessages, ...step } = await harness.step({
      label,
      rate,
      durationMs: this.options.duration * 1000,
      // Long enough that a slow step shows as latency, not as loss.
      drainMs: 10_000,
      ackTimeoutMs: 10_000,
      rooms: roomPlans(t.world, this.options.senders),
    });
    const serverCpu = meter.stop();
    for (const m of ackedMessages) this.acked.push(m);
    const sustained = step.latency.p99 <= P99_LIMIT_MS && errorsOf(step) === 0 && integrityClean(step);
    this.log(
      `  ${t.target.padEnd(8)} ${label.padEnd(14)} acked ${String(step.ackPerSecond).padStart(6)}/s  deliveries ${String(step.deliveriesPerSecond).padStart(7)}/s  ` +
        `p50 ${step.latency.p50} p99 ${step.latency.p99} max ${step.latency.max} ms (ack p50 ${step.ackLatency.p50} p99 ${step.ackLatency.p99})  ` +
        `errors ${errorsOf(step)}${integrityClean(step) ? '' : '  INTEGRITY FAILED'}`,
    );
    return { ...step, serverCpu, sustained };
  }
}
