import { readdirSync, readFileSync } from 'node:fs';
import type { FaultWorld } from './fault-stack.ts';

/**
 * The pid of each service of the world, found in /proc: the children of
 * this process running `services/<x>/src/main.ts` (`node --import tsx` is
 * one process, no wrapper), routers told apart by their CLIENT_SOCKET_PORT.
 */
export function servicePids(world: FaultWorld): Record<string, number> {
  const pids: Record<string, number> = {};
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    let stat: string, cmdline: string, environ: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    // The command name in parentheses may hold spaces: the parent pid is the second field after it.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const service = /services\/([a-z-]+)\/src\/main\.ts/.exec(cmdline)?.[1];
    if (ppid !== process.pid || !service) continue;
    if (service !== 'router') {
      pids[service] = pid;
      continue;
    }
    const port = Number(/(?:^|\0)CLIENT_SOCKET_PORT=(\d+)/.exec(environ)?.[1]);
    const index = world.ports.routers.indexOf(port);
    if (index >= 0) pids[`router-${index + 1}`] = pid;
  }
  return pids;
}

/** VmRSS of a process in MiB (the kernel's resident set, what the machine actually gives it). */
export function rssMiB(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kib) / 1024;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface RssSample {
  at: number;
  /** VmRSS as found, wherever the collector was. */
  mib: Record<string, number>;
  /** VmRSS right after a full collection (see gc-on-signal.cjs). */
  afterGc: Record<string, number>;
}

export interface RssGrowth {
  /** Median of the samples in the first third after warm-up. */
  warm: number;
  /** Median of the samples in the last third. */
  end: number;
  growth: number;
  samples: number;
}

/**
 * Growth of one service's RSS after warm-up, as the median of the last third
 * of the samples over the median of the first third: one burst of buffers
 * moves a single sample, not a median.
 */
export function rssGrowth(samples: RssSample[], name: string, warmUpEndsAt: number, which: 'mib' | 'afterGc' = 'afterGc'): RssGrowth {
  const after = samples.filter((s) => s.at >= warmUpEndsAt).map((s) => s[which][name]!);
  const third = Math.floor(after.length / 3);
  // Too few samples to compare (a run shorter than its warm-up): NaN, which no bound accepts.
  if (third < 2) return { warm: Number.NaN, end: Number.NaN, growth: Number.NaN, samples: after.length };
  const warm = median(after.slice(0, third));
  const end = median(after.slice(-third));
  return { warm, end, growth: end / warm - 1, samples: after.length };
}

/** The process's RSS, or NaN once it is gone: NaN fails every bound instead of crashing a timer. */
function rssOrNaN(pid: number): number {
  try {
    return rssMiB(pid);
  } catch {
    return Number.NaN;
  }
}

/**
 * Every `intervalMs`, each service's RSS as found, then a full collection
 * (SIGUSR2, for processes started with gc-on-signal.cjs) and its RSS
 * `settleMs` later. Stops taking samples when stopped.
 */
export class RssSampler {
  readonly samples: RssSample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private stopped = false;

  constructor(
    private readonly pids: Record<string, number>,
    private readonly settleMs = 500,
  ) {}

  start(intervalMs: number): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), intervalMs);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async sample(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      const at = Date.now();
      const mib: Record<string, number> = {};
      for (const [name, pid] of Object.entries(this.pids)) {
        mib[name] = rssOrNaN(pid);
        try {
          process.kill(pid, 'SIGUSR2');
        } catch {
          // gone: its NaN says so
        }
      }
      await new Promise((r) => setTimeout(r, this.settleMs));
      const afterGc: Record<string, number> = {};
      for (const [name, pid] of Object.entries(this.pids)) afterGc[name] = rssOrNaN(pid);
      if (!this.stopped) this.samples.push({ at, mib, afterGc });
    } finally {
      this.busy = false;
    }
  }
}

/** About a dozen points of each service's RSS over the run: a trend, not only two medians. */
export function rssSeries(samples: RssSample[], names: string[], start: number): string {
  const step = Math.max(1, Math.round(samples.length / 12));
  const points = samples.filter((_, i) => i % step === 0 || i === samples.length - 1);
  return (
    `RSS MiB at ${points.map((x) => `${((x.at - start) / 1000).toFixed(0)} s`).join(', ')} (after a full GC / as found):\n` +
    names.map((n) => `  ${n}: ${points.map((x) => `${x.afterGc[n]!.toFixed(0)}/${x.mib[n]!.toFixed(0)}`).join(' ')}`).join('\n')
  );
}

/** CPU time (user + system) a process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // utime and stime are fields 14 and 15; the 12th and 13th after the parenthesised command name.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // In clock ticks of USER_HZ, which Linux fixes at 100 for user space.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
