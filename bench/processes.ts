// Child processes of the bench (servers and the harness) and what Linux says
// about them: RSS and CPU come from /proc, as an operator would see them.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const KEPT_LOG_LINES = 200;

export interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  /** The last lines it printed, shown when something fails. */
  logs: string[];
}

/** `node --import tsx <script>`, as `pnpm start` runs a service: the pid is the server's own. */
/**
 * Every server the bench measures preloads this: SIGUSR2 runs a full
 * collection, so memory is read after one, for ours and the baseline alike.
 * (Without the handler SIGUSR2 would end the process.)
 */
export const GC_ON_SIGNAL = ['--expose-gc', '--require', fileURLToPath(new URL('../scripts/gc-on-signal.cjs', import.meta.url))];

/** RSS right after a full collection (for processes started with GC_ON_SIGNAL). */
export async function rssAfterGc(pid: number): Promise<number> {
  process.kill(pid, 'SIGUSR2');
  await new Promise((resolve) => setTimeout(resolve, 500));
  return rssBytes(pid);
}

export function spawnNode(name: string, script: string, args: string[], env: Record<string, string>, nodeArgs: string[] = []): Child {
  const child = spawn(process.execPath, [...GC_ON_SIGNAL, ...nodeArgs, '--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      logs.push(line);
      if (logs.length > KEPT_LOG_LINES) logs.shift();
    });
  }
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  return { name, process: child, pid: child.pid, logs };
}

/** The harness, forked with an IPC channel and room for tens of thousands of sockets. */
export function forkHarness(): ChildProcess {
  return fork(fileURLToPath(new URL('./client-harness.ts', import.meta.url)), [], {
    cwd: root,
    execArgv: ['--import', 'tsx', '--max-old-space-size=8192'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

export function describeExit(child: Child): string {
  const tail = child.logs.slice(-30).join('\n    ');
  return `${child.name} (pid ${child.pid}) exited with ${child.process.signalCode ?? child.process.exitCode}; its last lines:\n    ${tail}`;
}

/** Resolves with the `key` of the first JSON line the child prints holding it. */
export function waitForJsonLine(child: Child, key: string, timeoutMs = 30_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${child.name} printed no "${key}" within ${timeoutMs} ms`)), timeoutMs);
    const onExit = () => reject(new Error(describeExit(child)));
    child.process.once('exit', onExit);
    createInterface({ input: child.process.stdout! }).on('line', (line) => {
      try {
        const value = (JSON.parse(line) as Record<string, unknown>)[key];
        if (value === undefined) return;
        clearTimeout(timer);
        child.process.off('exit', onExit);
        resolve(value);
      } catch {
        // Not JSON: a log line.
      }
    });
  });
}

/** SIGTERM, the services' orderly close; SIGKILL if that takes more than graceMs. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  return kb ? Number(kb[1]) * 1024 : 0;
}

// utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks.
const TICKS_PER_SECOND = 100;

function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** CPU used by each named process between start() and stop(), in % of one core. */
export class CpuMeter {
  private started = new Map<string, { pid: number; cpu: number }>();
  private at = 0;

  start(pids: Record<string, number>): void {
    this.at = performance.now();
    this.started = new Map(Object.entries(pids).map(([name, pid]) => [name, { pid, cpu: cpuSeconds(pid) }]));
  }

  stop(): Record<string, number> {
    const seconds = (performance.now() - this.at) / 1000;
    const out: Record<string, number> = {};
    for (const [name, { pid, cpu }] of this.started) out[name] = Math.round(((cpuSeconds(pid) - cpu) / seconds) * 100);
    return out;
  }
}
