import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export type ServiceName = 'auth' | 'chat-core' | 'gateway' | 'router';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

interface Member {
  name: string;
  service: ServiceName;
  port: number;
  env: Record<string, string>;
  child?: ChildProcess;
}

/**
 * The services as real processes (`node --import tsx services/<x>/src/main.ts`),
 * each on a fixed port so one can be killed and started again where its
 * clients expect it. Everything they print is kept, per member, across restarts.
 */
export class ProcessStack {
  private readonly members = new Map<string, Member>();
  private readonly logs = new Map<string, string[]>();

  constructor(private readonly commonEnv: Record<string, string>) {}

  /** Declares a member; `start` runs it. */
  add(name: string, service: ServiceName, port: number, env: Record<string, string> = {}): void {
    this.members.set(name, { name, service, port, env });
    this.logs.set(name, []);
  }

  port(name: string): number {
    return this.member(name).port;
  }

  /** Spawns the member and resolves once its port accepts connections. */
  async start(name: string, timeoutMs = 60_000): Promise<void> {
    const member = this.member(name);
    const child = spawn(process.execPath, ['--import', 'tsx', `services/${member.service}/src/main.ts`], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...this.commonEnv, ...member.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    member.child = child;
    const log = this.logs.get(name)!;
    child.stdout!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    // How each run ended goes into the log too: a crash that printed nothing is still seen.
    child.once('exit', (code, signal) => log.push(`[${member.service} exited: ${signal ?? `code ${code}`}]\n`));
    const end = Date.now() + timeoutMs;
    while (!(await portOpen(member.port))) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited while starting:\n${this.output(name)}`);
      if (Date.now() > end) throw new Error(`${name} did not listen on ${member.port} within ${timeoutMs} ms:\n${this.output(name)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Sends the signal and waits for the process to be gone (SIGKILL: kill -9, no cleanup). */
  async stop(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.member(name).child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  /** Sends a signal without waiting for anything (SIGSTOP and SIGCONT freeze and thaw the process). */
  signal(name: string, signal: NodeJS.Signals): void {
    this.member(name).child?.kill(signal);
  }

  running(name: string): boolean {
    const child = this.member(name).child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  output(name?: string): string {
    if (name) return this.logs.get(name)!.join('');
    return [...this.logs.entries()].map(([n, lines]) => lines.join('').replace(/^/gm, `${n} | `)).join('\n');
  }

  /** Stops every member still running, entry points first (SIGTERM, then SIGKILL after 10 s). */
  async stopAll(): Promise<void> {
    for (const name of [...this.members.keys()].reverse()) {
      const child = this.members.get(name)!.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  }

  private member(name: string): Member {
    const member = this.members.get(name);
    if (!member) throw new Error(`no member ${name}`);
    return member;
  }
}

export interface ChatStackPorts {
  auth: number;
  chat: number;
  gateway: number;
  routers: number[];
}

/**
 * The usual four services (auth, chat-core, gateway, `routers` routers) as
 * processes on free ports, started in dependency order.
 */
export async function startChatProcesses(env: Record<string, string>, routers = 1): Promise<{ stack: ProcessStack; ports: ChatStackPorts }> {
  const ports: ChatStackPorts = { auth: await freePort(), chat: await freePort(), gateway: await freePort(), routers: [] };
  for (let i = 0; i < routers; i++) ports.routers.push(await freePort());
  const stack = new ProcessStack({
    ...env,
    AUTH_GRPC_URL: `127.0.0.1:${ports.auth}`,
    CHAT_GRPC_URL: `127.0.0.1:${ports.chat}`,
  });
  stack.add('auth', 'auth', ports.auth, { AUTH_GRPC_HOST: '127.0.0.1', AUTH_GRPC_PORT: String(ports.auth) });
  stack.add('chat-core', 'chat-core', ports.chat, { CHAT_GRPC_HOST: '127.0.0.1', CHAT_GRPC_PORT: String(ports.chat) });
  stack.add('gateway', 'gateway', ports.gateway, { GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: String(ports.gateway) });
  ports.routers.forEach((port, i) => stack.add(`router-${i + 1}`, 'router', port, { ROUTER_HOST: '127.0.0.1', CLIENT_SOCKET_PORT: String(port) }));
  try {
    await stack.start('auth');
    await stack.start('chat-core');
    await Promise.all(['gateway', ...ports.routers.map((_, i) => `router-${i + 1}`)].map((name) => stack.start(name)));
  } catch (error) {
    await stack.stopAll();
    throw error;
  }
  return { stack, ports };
}
