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
  mib: Record<string, number>;
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
 * of the samples over the median of the first third: one garbage collection
 * or one burst of buffers moves a single sample, not a median.
 */
export function rssGrowth(samples: RssSample[], name: string, warmUpEndsAt: number): RssGrowth {
  const after = samples.filter((s) => s.at >= warmUpEndsAt).map((s) => s.mib[name]!);
  const third = Math.floor(after.length / 3);
  // Too few samples to compare (a run shorter than its warm-up): NaN, which no bound accepts.
  if (third < 2) return { warm: Number.NaN, end: Number.NaN, growth: Number.NaN, samples: after.length };
  const warm = median(after.slice(0, third));
  const end = median(after.slice(-third));
  return { warm, end, growth: end / warm - 1, samples: after.length };
}

/** Samples every service's RSS every `intervalMs` until stopped. */
export class RssSampler {
  readonly samples: RssSample[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pids: Record<string, number>) {}

  start(intervalMs: number): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const mib: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids)) {
      try {
        mib[name] = rssMiB(pid);
      } catch {
        // The process is gone: NaN fails the growth check rather than crashing the timer.
        mib[name] = Number.NaN;
      }
    }
    this.samples.push({ at: Date.now(), mib });
  }
}

/** CPU time (user + system) a process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // utime and stime are fields 14 and 15; the 12th and 13th after the parenthesised command name.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // In clock ticks of USER_HZ, which Linux fixes at 100 for user space.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
