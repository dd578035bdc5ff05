import { connect, createServer } from 'node:net';

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export interface WaitForPortOptions {
  /** Named in the timeout's error. */
  what: string;
  timeoutMs?: number;
  /** Checked before each attempt: an Error (or its message) to stop waiting with, e.g. the process exited. */
  failure?: () => Error | string | undefined;
  intervalMs?: number;
}

/** Resolves once 127.0.0.1:port accepts connections, so dependents start after their upstreams. */
export async function waitForPort(port: number, { what, timeoutMs = 60_000, failure, intervalMs = 100 }: WaitForPortOptions): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const failed = failure?.();
    if (failed !== undefined) throw typeof failed === 'string' ? new Error(failed) : failed;
    if (await isPortOpen(port)) return;
    if (Date.now() > until) throw new Error(`${what} is not listening on ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A port free on 127.0.0.1 right now (the OS's pick), for a process that must be told its port before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
