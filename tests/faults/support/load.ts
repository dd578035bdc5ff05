import { io, type Socket } from 'socket.io-client';
import { createPool } from '@chat/common';

export interface LoadUser {
  userId: string;
  accessToken: string;
}

interface Sent {
  nonce: string;
  room: string;
  content: string;
  attempts: number;
  acked?: { id: string; seq: number };
}

interface SyncAnswer {
  events: { type: string; seq: number; payload: { _id?: string } }[];
  hasMore: boolean;
  gap: boolean;
  error?: { code: string };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Codes after which the same nonce is sent again: the failure was the system's, not the message's. */
// OUTCOME_UNKNOWN: the send may have been stored; the same nonce makes the retry safe, which is what it says to do.
const RETRYABLE = new Set(['UNAVAILABLE', 'INTERNAL', 'RESOURCE_EXHAUSTED', 'OUTCOME_UNKNOWN', 'TIMEOUT', 'DISCONNECTED']);

/**
 * One user of the load, as a careful client is written: it sends with a
 * nonce and an ack, sends the same nonce again after any failure that is
 * not the message's fault, reconnects to the next router when its own goes
 * away, and catches up with `sync` from the last seq it holds without a hole.
 */
export class LoadClient {
  private socket: Socket | undefined;
  private closing = false;
  private reconnecting: Promise<void> | null = null;
  /** Per room: seq → message id ('' for events that are not messages). */
  readonly seen = new Map<string, Map<number, string>>();
  readonly liveIds = new Set<string>();
  duplicateLive = 0;
  readonly sent: Sent[] = [];
  /** The same nonce acknowledged with two different ids: a duplicate the server let through. */
  conflictingAcks = 0;
  readonly errors = new Map<string, number>();
  /** Every time the connection was lost: when, and when it was back and caught up. */
  readonly outages: { from: number; to?: number }[] = [];

  constructor(
    readonly user: LoadUser,
    private readonly urls: string[],
    private readonly rooms: string[],
    private urlIndex: number,
  ) {
    for (const room of rooms) this.seen.set(room, new Map());
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  async connect(): Promise<void> {
    this.attach(await this.open(this.urls[this.urlIndex]!));
    await this.syncAll();
  }

  /** One event with an ack, on whichever connection is current. */
  async request<T>(event: string, ...args: unknown[]): Promise<T> {
    const socket = this.socket;
    if (!socket?.connected) throw new Error(`${this.user.userId} is not connected`);
    return (await socket.timeout(5000).emitWithAck(event, ...args)) as T;
  }

  close(): void {
    this.closing = true;
    this.socket?.close();
  }

  /** Sends until `until()` says stop; each message is retried with its nonce until acked or `giveUpAt`. */
  async send(opts: { until: () => boolean; intervalMs: number; ackTimeoutMs: number; giveUpAt: () => number }): Promise<void> {
    for (let i = 0; !opts.until(); i++) {
      const nonce = `${this.user.userId.slice(0, 8)}:${i}`;
      const s: Sent = { nonce, room: this.rooms[i % this.rooms.length]!, content: `load ${nonce}`, attempts: 0 };
      this.sent.push(s);
      await this.deliver(s, opts.ackTimeoutMs, opts.giveUpAt);
      await sleep(opts.intervalMs);
    }
  }

  /** Catches up every room from the last seq held without a hole before it. */
  async syncAll(): Promise<void> {
    for (const room of this.rooms) await this.syncRoom(room);
  }

  count(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  private async deliver(s: Sent, ackTimeoutMs: number, giveUpAt: () => number): Promise<void> {
    while (Date.now() < giveUpAt()) {
      const socket = this.socket;
      if (!socket?.connected) {
        this.count('DISCONNECTED');
        await sleep(100);
        continue;
      }
      s.attempts++;
      let code: string;
      try {
        const ack = (await socket.timeout(ackTimeoutMs).emitWithAck('message', s.room, { content: s.content, nonce: s.nonce })) as {
          _id?: string;
          seq?: number;
          error?: { code: string };
        };
        if (ack._id !== undefined && ack.seq !== undefined) {
          if (s.acked && s.acked.id !== ack._id) this.conflictingAcks++;
          s.acked = { id: ack._id, seq: ack.seq };
          return;
        }
        code = ack.error?.code ?? 'NO_ID';
      } catch {
        code = 'TIMEOUT';
      }
      this.count(code);
      if (!RETRYABLE.has(code)) return;
      await sleep(200);
    }
  }

  private open(url: string): Promise<Socket> {
    const socket = io(`${url}/chat`, {
      path: '/realtime',
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 2000,
      extraHeaders: { Authorization: `Bearer ${this.user.accessToken}` },
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });
  }

  private attach(socket: Socket): void {
    this.socket = socket;
    socket.on('message', (m: { _id?: string; room: string; seq?: number }) => {
      if (m._id === undefined || m.seq === undefined) return;
      this.seen.get(m.room)?.set(m.seq, m._id);
      if (this.liveIds.has(m._id)) this.duplicateLive++;
      else this.liveIds.add(m._id);
    });
    socket.on('disconnect', () => {
      if (this.closing || this.socket !== socket) return;
      this.outages.push({ from: Date.now() });
      this.reconnecting ??= this.reconnect().finally(() => (this.reconnecting = null));
    });
  }

  /** To the next router in the list, round and round, until one takes the connection; then catch up. */
  private async reconnect(): Promise<void> {
    const outage = this.outages.at(-1)!;
    while (!this.closing) {
      this.urlIndex = (this.urlIndex + 1) % this.urls.length;
      try {
        this.attach(await this.open(this.urls[this.urlIndex]!));
        outage.to = Date.now();
        await this.syncAll().catch(() => undefined);
        return;
      } catch {
        await sleep(100);
      }
    }
  }

  private contiguous(room: string): number {
    const seen = this.seen.get(room)!;
    let n = 0;
    while (seen.has(n + 1)) n++;
    return n;
  }

  private async syncRoom(room: string): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const socket = this.socket;
      if (!socket?.connected) return;
      try {
        const answer = (await socket.timeout(5000).emitWithAck('sync', { roomId: room, since: this.contiguous(room) })) as SyncAnswer;
        if (answer.error) {
          this.count(`sync ${answer.error.code}`);
          await sleep(200);
          continue;
        }
        for (const event of answer.events) this.seen.get(room)!.set(event.seq, event.type === 'message' ? (event.payload._id ?? '') : '');
        if (!answer.hasMore) return;
      } catch {
        this.count('sync TIMEOUT');
        await sleep(200);
      }
    }
  }
}

export interface FaultReport {
  acknowledged: number;
  persisted: number;
  /** (message, member) pairs that reached the member, live or through sync. */
  delivered: number;
  deliveredLive: number;
  recoveredBySync: number;
  expectedDeliveries: number;
  duplicated: number;
  lostFromPostgres: number;
  lostFromMembers: number;
  /** Given up on by the client (never acknowledged): allowed, never counted as lost. */
  unacknowledged: number;
  errors: Record<string, number>;
  maxReconnectMs: number;
}

/** Compares what the clients were told with what Postgres holds and what every member received. */
export async function faultReport(clients: LoadClient[], databaseUrl: string, rooms: string[]): Promise<FaultReport> {
  const pool = createPool(databaseUrl, 1);
  let rows: { id: string; sender_id: string; nonce: string | null; content: string }[];
  try {
    rows = (await pool.query('SELECT id, sender_id, nonce, content FROM chat.messages WHERE room_id = ANY($1::uuid[])', [rooms])).rows;
  } finally {
    await pool.end();
  }
  const stored = new Set(rows.map((r) => r.id));
  const acked = clients.flatMap((c) => c.sent.filter((s) => s.acked).map((s) => ({ ...s.acked!, room: s.room })));
  let delivered = 0;
  let deliveredLive = 0;
  for (const client of clients) {
    for (const m of acked) {
      if (client.seen.get(m.room)?.get(m.seq) === m.id) {
        delivered++;
        if (client.liveIds.has(m.id)) deliveredLive++;
      }
    }
  }
  const errors: Record<string, number> = {};
  for (const client of clients) for (const [code, n] of client.errors) errors[code] = (errors[code] ?? 0) + n;
  const expectedDeliveries = acked.length * clients.length;
  return {
    acknowledged: acked.length,
    persisted: rows.length,
    delivered,
    deliveredLive,
    recoveredBySync: delivered - deliveredLive,
    expectedDeliveries,
    // Two rows for one nonce or one text, or one nonce acknowledged as two messages.
    duplicated:
      rows.length - new Set(rows.map((r) => `${r.sender_id}:${r.nonce}`)).size +
      (rows.length - new Set(rows.map((r) => r.content)).size) +
      clients.reduce((n, c) => n + c.conflictingAcks, 0),
    lostFromPostgres: acked.filter((m) => !stored.has(m.id)).length,
    lostFromMembers: expectedDeliveries - delivered,
    unacknowledged: clients.reduce((n, c) => n + c.sent.filter((s) => !s.acked).length, 0),
    errors,
    maxReconnectMs: Math.max(0, ...clients.flatMap((c) => c.outages.map((o) => (o.to ?? Date.now()) - o.from))),
  };
}

export function printReport(scenario: string, r: FaultReport): void {
  console.log(
    `${scenario}: acknowledged ${r.acknowledged}, persisted ${r.persisted}, delivered ${r.delivered}/${r.expectedDeliveries} ` +
      `(live ${r.deliveredLive}, via sync ${r.recoveredBySync}), duplicated ${r.duplicated}, ` +
      `lost ${r.lostFromPostgres} from Postgres and ${r.lostFromMembers} from members, unacknowledged ${r.unacknowledged}, ` +
      `longest reconnect ${r.maxReconnectMs} ms, errors seen ${JSON.stringify(r.errors)}`,
  );
}

/** Starts every client's sender, runs `fault` while they send, and waits for the senders to finish. */
export async function underLoad(
  clients: LoadClient[],
  opts: { seconds: number; intervalMs?: number; ackTimeoutMs?: number; retryForMs?: number },
  fault: () => Promise<void>,
): Promise<void> {
  const end = Date.now() + opts.seconds * 1000;
  const senders = clients.map((c) =>
    c.send({ until: () => Date.now() > end, intervalMs: opts.intervalMs ?? 50, ackTimeoutMs: opts.ackTimeoutMs ?? 3000, giveUpAt: () => end + (opts.retryForMs ?? 10_000) }),
  );
  await fault();
  await Promise.all(senders);
}
