// CPU of each process, sampled every few hundred ms, so the CPU of a window
// known only afterwards (a storm ends when its last update arrives) can be read.
import { CpuMeter } from '../processes.ts';

interface Sample {
  from: number;
  to: number;
  pct: Record<string, number>;
}

export class CpuSampler {
  private readonly samples: Sample[] = [];
  private meter = new CpuMeter();
  private at = performance.now();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pids: Record<string, number>,
    periodMs = 250,
  ) {
    this.meter.start(pids);
    this.timer = setInterval(() => this.sample(), periodMs);
  }

  private sample(): void {
    const now = performance.now();
    this.samples.push({ from: this.at, to: now, pct: this.meter.stop() });
    this.meter = new CpuMeter();
    this.meter.start(this.pids);
    this.at = now;
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  /** % of one core per process over [from, to], from the samples overlapping it, weighted by the overlap. */
  over(from: number, to: number): Record<string, number> {
    const sums: Record<string, number> = {};
    let total = 0;
    for (const s of this.samples) {
      const overlap = Math.min(s.to, to) - Math.max(s.from, from);
      if (overlap <= 0) continue;
      total += overlap;
      for (const [name, pct] of Object.entries(s.pct)) sums[name] = (sums[name] ?? 0) + pct * overlap;
    }
    return Object.fromEntries(Object.entries(sums).map(([name, sum]) => [name, Math.round(sum / Math.max(total, 1))]));
  }
}
