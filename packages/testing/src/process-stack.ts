import { fileURLToPath } from 'node:url';
import { freePort, ProcessLauncher } from '@chat/stack';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Where a member listens must be known before it starts.
export { freePort } from '@chat/stack';

export type ServiceName = 'auth' | 'chat-core' | 'gateway' | 'router';

/**
 * The services as real processes (`node --import tsx services/<x>/src/main.ts`,
 * run by the stack's one launcher), each on a fixed port so one can be
 * killed and started again where its clients expect it. Everything they
 * print is kept, per member, across restarts.
 */
export class ProcessStack {
  private readonly launcher: ProcessLauncher;
  private readonly ports = new Map<string, number>();

  constructor(commonEnv: Record<string, string>) {
    // Only what the test gives (and PATH, HOME): nothing of the developer's environment leaks into a service.
    this.launcher = new ProcessLauncher({ cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...commonEnv }, graceMs: 10_000 });
  }

  /** Declares a member; `start` runs it. */
  add(name: string, service: ServiceName, port: number, env: Record<string, string> = {}): void {
    this.ports.set(name, port);
    this.launcher.add({ name, script: `services/${service}/src/main.ts`, port, env });
  }

  port(name: string): number {
    const port = this.ports.get(name);
    if (port === undefined) throw new Error(`no member ${name}`);
    return port;
  }

  /** Spawns the member and resolves once its port accepts connections. */
  async start(name: string, timeoutMs = 60_000): Promise<void> {
    await this.launcher.start(name, timeoutMs);
  }

  /** Sends the signal and waits for the process to be gone (SIGKILL: kill -9, no cleanup). */
  stop(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    return this.launcher.stop(name, signal);
  }

  /** Sends a signal without waiting for anything (SIGSTOP and SIGCONT freeze and thaw the process). */
  signal(name: string, signal: NodeJS.Signals): void {
    this.launcher.signal(name, signal);
  }

  running(name: string): boolean {
    return this.launcher.running(name);
  }

  output(name?: string): string {
    return this.launcher.output(name);
  }

  /** Stops every member still running, entry points first (SIGTERM, then SIGKILL after 10 s). */
  stopAll(): Promise<void> {
    return this.launcher.stopAll();
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
