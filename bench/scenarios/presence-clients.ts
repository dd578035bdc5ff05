// The sockets of the presence storm, in the bench's own process: each counts
// the `presence` updates it receives, by when they came, so a storm's
// updates per second can be read afterwards.
import { io, type Socket } from 'socket.io-client';
import { inParallel } from '../world.ts';

export interface StormSocketSpec {
  url: string;
  token: string;
}

export interface OpenResult {
  connected: number;
  failed: number;
  ms: number;
  errors: string[];
}

/** Presence updates received: when (ms, performance.now()) and which status. */
export interface PresenceLog {
  at: number[];
  online: number;
  offline: number;
}

const CONNECT_TIMEOUT_MS = 30_000;

function open(spec: StormSocketSpec, onPresence: (status: string) => void): Promise<Socket> {
  const socket = io(`${spec.url}/chat`, {
    path: '/realtime',
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: CONNECT_TIMEOUT_MS,
    extraHeaders: { Authorization: `Bearer ${spec.token}` },
  });
  socket.on('presence', (p: { status?: string }) => onPresence(String(p?.status)));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

export class PresenceClients {
  private sockets: Socket[] = [];
  private log: PresenceLog = { at: [], online: 0, offline: 0 };

  constructor(private readonly specs: StormSocketSpec[]) {}

  /** Opens every socket, `concurrency` at a time (Infinity: all at once, as after a router restart). */
  async openAll(concurrency: number): Promise<OpenResult> {
    const started = performance.now();
    const errors: string[] = [];
    const record = (status: string) => {
      this.log.at.push(performance.now());
      if (status === 'online') this.log.online++;
      else if (status === 'offline') this.log.offline++;
    };
    const opened = await inParallel(this.specs, Math.min(concurrency, this.specs.length), (spec) =>
      open(spec, record).catch((error: unknown) => {
        if (errors.length < 5) errors.push((error as Error).message);
        return undefined;
      }),
    );
    this.sockets = opened.filter((s): s is Socket => s !== undefined);
    return { connected: this.sockets.length, failed: this.specs.length - this.sockets.length, ms: Math.round(performance.now() - started), errors };
  }

  /** Every socket closed at once, as a router that went away drops them. */
  closeAll(): void {
    for (const socket of this.sockets) socket.close();
    this.sockets = [];
  }

  /** The updates received since the last call. */
  take(): PresenceLog {
    const out = this.log;
    this.log = { at: [], online: 0, offline: 0 };
    return out;
  }

  /** Resolves once no update has come for quietMs since this call (at most maxMs). */
  async quiet(quietMs: number, maxMs: number): Promise<void> {
    const called = performance.now();
    const until = called + maxMs;
    while (performance.now() < until) {
      const last = Math.max(this.log.at.at(-1) ?? 0, called);
      if (performance.now() - last >= quietMs) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Updates per second: the mean over the window and the busiest one-second bucket. */
export function rates(at: number[], from: number, to: number): { total: number; perSecond: number; peakPerSecond: number } {
  const buckets = new Map<number, number>();
  for (const t of at) buckets.set(Math.floor((t - from) / 1000), (buckets.get(Math.floor((t - from) / 1000)) ?? 0) + 1);
  const seconds = Math.max((to - from) / 1000, 0.001);
  return { total: at.length, perSecond: Math.round(at.length / seconds), peakPerSecond: Math.max(0, ...buckets.values()) };
}
