// Webhook receivers that misbehave, on 127.0.0.1 (chat-core runs with
// WEBHOOK_ALLOW_PRIVATE=true in the bench): one that answers 200 only after
// a delay, and an address where nothing listens (connection refused).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowReceiver {
  url: string;
  /** Requests that arrived, and those answered (after the delay). */
  counts(): { received: number; answered: number };
  close(): Promise<void>;
}

export async function startSlowReceiver(delayMs: number): Promise<SlowReceiver> {
  let received = 0;
  let answered = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    received++;
    req.resume();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answered++;
      res.writeHead(200).end();
    }, delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slow-hooks`,
    counts: () => ({ received, answered }),
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port nothing listens on: one the kernel just gave out and took back. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/dead-hooks`;
}
