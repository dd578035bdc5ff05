import type { Percentiles } from './harness-protocol.ts';

/** Nearest-rank percentiles of samples in ms; the array is sorted in place. */
export function percentiles(samples: Float64Array | number[]): Percentiles {
  const sorted = samples instanceof Float64Array ? samples.sort() : Float64Array.from(samples).sort();
  const at = (p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
  const round = (v: number) => Math.round(v * 100) / 100;
  return { count: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted[sorted.length - 1] ?? 0) };
}

/** A growable list of float samples: one typed array instead of millions of boxed numbers. */
export class Samples {
  private data = new Float64Array(4096);
  private length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  summary(): Percentiles {
    return percentiles(this.data.subarray(0, this.length));
  }
}
