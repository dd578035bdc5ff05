import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { waitForPort } from './ports.ts';

export interface ProcessSpec {
  name: string;
  /** Run as `node [nodeArgs] --import tsx <script> [args]` from the launcher's cwd, so the pid is the server's own. */
  script: string;
  args?: string[];
  /** Where it listens: start() resolves once that port accepts connections. */
  port?: number;
  /** Over the launcher's environment. */
  env?: Record<string, string>;
  nodeArgs?: string[];
}

export interface LauncherOptions {
  cwd: string;
  /** Every process's environment, under each spec's own `env`. */
  env: Record<string, string | undefined>;
  /** Each line a process prints, as it prints it (stdout and stderr). */
  onLine?: (name: string, line: string) => void;
  /** A process ended that the launcher was not stopping. */
  onUnexpectedExit?: (name: string, code: number | null, signal: NodeJS.Signals | null) => void;
  /** Lines kept per process for output(); all unless set. */
  keepLines?: number;
  /** How long stop() waits after SIGTERM before SIGKILL; unset: as long as it takes. */
  graceMs?: number;
}

const alive = (child: ChildProcess | undefined): child is ChildProcess => child !== undefined && child.exitCode === null && child.signalCode === null;

/**
 * The one way the stack's processes are run (`pnpm start`, the bench, the
 * tests that kill and restart services): declared by name, started in the
 * order the caller awaits, each started again where its clients expect it,
 * stopped in reverse start order. What each prints is kept across restarts,
 * with how each run ended.
 */
export class ProcessLauncher {
  private readonly specs = new Map<string, ProcessSpec>();
  private readonly children = new Map<string, ChildProcess>();
  private readonly logs = new Map<string, string[]>();
  /** Names in the order they were first started. */
  private readonly order: string[] = [];
  private readonly stopping = new Set<ChildProcess>();
  private stoppingAll = false;

  constructor(private readonly options: LauncherOptions) {}

  /** Declares a process; start() runs it. */
  add(spec: ProcessSpec): void {
    this.specs.set(spec.name, spec);
    this.logs.set(spec.name, []);
  }

  /** Spawns it and resolves once its port (if any) accepts connections; rejects if it exits first. */
  async start(name: string, timeoutMs = 60_000): Promise<ChildProcess> {
    const spec = this.spec(name);
    const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), '--import', 'tsx', spec.script, ...(spec.args ?? [])], {
      cwd: this.options.cwd,
      env: { ...this.options.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined) throw new Error(`${name} did not start`);
    this.children.set(name, child);
    if (!this.order.includes(name)) this.order.push(name);
    this.record(name, child);
    if (spec.port !== undefined) {
      const failure = () => (this.stoppingAll ? `${name} did not start` : alive(child) ? undefined : `${name} exited while starting:\n${this.output(name)}`);
      await waitForPort(spec.port, { what: name, timeoutMs, failure });
    }
    return child;
  }

  /** Sends the signal and waits for the process to be gone; SIGTERM turns into SIGKILL after graceMs. */
  async stop(name: string, signal: NodeJS.Signals = 'SIGTERM', graceMs = this.options.graceMs): Promise<void> {
    const child = this.children.get(name);
    if (!alive(child)) return;
    this.stopping.add(child);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = signal === 'SIGTERM' && graceMs !== undefined ? setTimeout(() => child.kill('SIGKILL'), graceMs) : undefined;
    await exited;
    clearTimeout(timer);
  }

  /** Stops every process still running, the last started first: entry points before the services they call. */
  async stopAll(): Promise<void> {
    this.stoppingAll = true;
    for (const name of [...this.order].reverse()) await this.stop(name);
  }

  /** Sends a signal without waiting (SIGSTOP and SIGCONT freeze and thaw the process). */
  signal(name: string, signal: NodeJS.Signals): void {
    this.children.get(name)?.kill(signal);
  }

  running(name: string): boolean {
    return alive(this.children.get(name));
  }

  process(name: string): ChildProcess {
    const child = this.children.get(name);
    if (!child) throw new Error(`${name} has not been started`);
    return child;
  }

  /** The lines kept of one process (a live array), or of all, each line prefixed with its name. */
  lines(name: string): string[] {
    this.spec(name);
    return this.logs.get(name)!;
  }

  output(name?: string): string {
    if (name) return this.lines(name).map((l) => `${l}\n`).join('');
    return [...this.logs.entries()].map(([n, lines]) => lines.map((l) => `${n} | ${l}\n`).join('')).join('');
  }

  private record(name: string, child: ChildProcess): void {
    const log = this.logs.get(name)!;
    const keep = (line: string) => {
      log.push(line);
      if (this.options.keepLines !== undefined && log.length > this.options.keepLines) log.shift();
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        keep(line);
        this.options.onLine?.(name, line);
      });
    }
    // How each run ended goes into the log too: a crash that printed nothing is still seen.
    child.once('exit', (code, signal) => {
      keep(`[${name} exited: ${signal ?? `code ${code}`}]`);
      if (!this.stopping.has(child) && !this.stoppingAll) this.options.onUnexpectedExit?.(name, code, signal);
    });
  }

  private spec(name: string): ProcessSpec {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`no process named ${name}`);
    return spec;
  }
}
