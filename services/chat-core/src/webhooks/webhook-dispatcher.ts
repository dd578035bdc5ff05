import type pg from 'pg';
import type { Logger } from '@chat/common';
import { signatureHeader } from './webhook-signature.ts';
import { WebhookStore, type DeliveryRecord, type LoggedEvent, type WebhookEndpoint } from './webhook-store.ts';
import { assertPublicUrl } from './url-guard.ts';

export interface WebhookDispatcherOptions {
  /** A pool of its own (two connections): the dispatcher never waits for, nor holds, a connection the append path needs. */
  pool: pg.Pool;
  log: Logger;
  /** WEBHOOK_ALLOW_PRIVATE: deliver to loopback and private addresses too. */
  allowPrivate: boolean;
  pollMs: number;
  /** Attempts of one event before it goes to the dead-letter list and the room moves on. */
  maxAttempts: number;
  /** The n-th retry waits about baseMs · 2^(n-1), at most maxMs, with full jitter. */
  backoff: { baseMs: number; maxMs: number };
  /** Longest a receiver may take to answer. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

// Any number works, as long as no other advisory lock of the database uses it.
const LEADER_LOCK = 0x77686b73;

/**
 * Webhooks from the room event log (docs/WEBHOOKS.md). Every poll, each
 * enabled endpoint reads, with its own cursor per room, the events after
 * it (rooms.last_seq says which rooms have any) and POSTs them: per room in
 * seq order, one at a time; rooms and endpoints independently, so a slow or
 * dead receiver holds up only its own rooms. At least once: the cursor moves
 * after the receiver answered 2xx, and a failure is retried with exponential
 * backoff and jitter until `maxAttempts`, then dead-lettered (an admin can
 * retry it). It reads room_events and rooms and writes only its own tables:
 * the message append path neither waits for it nor knows it exists. One
 * chat-core dispatches at a time (a session advisory lock).
 */
export class WebhookDispatcher {
  readonly store: WebhookStore;
  private readonly fetch: typeof fetch;
  /** `endpoint:room` → when its head event may be tried again. */
  private readonly notBefore = new Map<string, number>();
  private readonly busy = new Set<string>();
  private readonly aborts = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private leader: pg.PoolClient | undefined;
  private closed = false;

  constructor(private readonly options: WebhookDispatcherOptions) {
    this.store = new WebhookStore(options.pool);
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  start(): void {
    this.schedule();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.aborts.abort();
    this.leader?.release(true);
    this.leader = undefined;
  }

  /** Sends a dead (or any) delivery again, now, outside its room's order; the log records the outcome. */
  async retry(deliveryId: number): Promise<DeliveryRecord | undefined> {
    const delivery = await this.store.delivery(deliveryId);
    const endpoint = delivery && (await this.store.get(delivery.endpointId));
    if (!delivery || !endpoint) return undefined;
    const outcome = await this.post(endpoint, delivery.body, `${delivery.roomId}:${delivery.seq}`, delivery.eventType);
    await this.store.recordAttempt(endpoint.id, { roomId: delivery.roomId, seq: delivery.seq, type: delivery.eventType, body: delivery.body }, {
      status: outcome.ok ? 'delivered' : 'dead',
      responseStatus: outcome.status,
      error: outcome.error,
    });
    return this.store.delivery(deliveryId);
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((error: unknown) => this.options.log.warn({ err: error }, 'webhook dispatch failed; trying again'))
        .finally(() => this.schedule());
    }, this.options.pollMs);
  }

  private async tick(): Promise<void> {
    if (!(await this.lead())) return;
    for (const endpoint of await this.store.list()) {
      if (!endpoint.enabled || this.busy.has(endpoint.id)) continue;
      this.busy.add(endpoint.id);
      // Not awaited: each endpoint runs on its own, so a slow one delays no other.
      void this.runEndpoint(endpoint)
        .catch((error: unknown) => this.options.log.warn({ err: error, endpoint: endpoint.id }, 'webhook endpoint pass failed'))
        .finally(() => this.busy.delete(endpoint.id));
    }
  }

  /** Whether this process holds the dispatch lock (taken on a connection kept for it). */
  private async lead(): Promise<boolean> {
    if (this.leader) return true;
    const client = await this.options.pool.connect();
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LEADER_LOCK]);
    // Closed while the connection or the lock was on its way: kept, the client would never go back, and
    // close()'s caller, ending the pool, would wait for it forever (a test stack's close hung so in CI).
    if (this.closed) {
      client.release(true);
      return false;
    }
    if (!rows[0]?.ok) {
      client.release();
      return false;
    }
    // A dropped connection drops the lock: another chat-core (or this one, next poll) takes over.
    client.on('error', () => {
      if (this.leader === client) this.leader = undefined;
      client.release(true);
    });
    this.leader = client;
    return true;
  }

  private async runEndpoint(endpoint: WebhookEndpoint): Promise<void> {
    const rooms = await this.store.pendingRooms(endpoint.id, 100);
    const now = Date.now();
    const due = rooms.filter((r) => (this.notBefore.get(`${endpoint.id}:${r.roomId}`) ?? 0) <= now);
    // A few rooms at a time: one receiver gets a handful of concurrent requests at most.
    for (let i = 0; i < due.length; i += 4) {
      await Promise.all(due.slice(i, i + 4).map((room) => this.runRoom(endpoint, room.roomId, room.after)));
    }
  }

  private async runRoom(endpoint: WebhookEndpoint, roomId: string, after: number): Promise<void> {
    const key = `${endpoint.id}:${roomId}`;
    for (const event of await this.store.eventsAfter(roomId, after, 100)) {
      if (this.closed) return;
      if (!endpoint.eventTypes.includes(event.type)) {
        await this.store.advance(endpoint.id, roomId, event.seq);
        continue;
      }
      const body = bodyOf(event);
      const outcome = await this.post(endpoint, body, `${roomId}:${event.seq}`, event.type);
      const logged = { roomId, seq: event.seq, type: event.type, body };
      if (outcome.ok) {
        await this.store.recordAttempt(endpoint.id, logged, { status: 'delivered', responseStatus: outcome.status, error: null });
        await this.store.advance(endpoint.id, roomId, event.seq);
        this.notBefore.delete(key);
        continue;
      }
      const attempts = await this.store.recordAttempt(endpoint.id, logged, { status: 'retrying', responseStatus: outcome.status, error: outcome.error });
      if (attempts >= this.options.maxAttempts) {
        this.options.log.warn({ endpoint: endpoint.id, room: roomId, seq: event.seq, attempts }, 'webhook event dead-lettered');
        await this.store.markDead(endpoint.id, roomId, event.seq);
        await this.store.advance(endpoint.id, roomId, event.seq);
        continue;
      }
      const { baseMs, maxMs } = this.options.backoff;
      this.notBefore.set(key, Date.now() + Math.random() * Math.min(maxMs, baseMs * 2 ** (attempts - 1)));
      // The room's later events wait behind this one: per room, in seq order.
      return;
    }
  }

  private async post(endpoint: WebhookEndpoint, body: string, eventId: string, eventType: string): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    try {
      await assertPublicUrl(endpoint.url, this.options.allowPrivate);
      const timestamp = Math.floor(Date.now() / 1000);
      const overlap = endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil.getTime() > Date.now();
      const secrets = overlap ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
      const response = await this.fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'chat-webhooks/1',
          'x-chat-event-id': eventId,
          'x-chat-event-type': eventType,
          'x-chat-timestamp': String(timestamp),
          'x-chat-signature': signatureHeader(secrets, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.aborts.signal]),
      });
      await response.body?.cancel();
      return response.ok ? { ok: true, status: response.status, error: null } : { ok: false, status: response.status, error: `answered ${response.status}` };
    } catch (error) {
      return { ok: false, status: null, error: error instanceof Error ? error.message.slice(0, 500) : String(error) };
    }
  }
}

/** What a receiver gets: the event's id, type, room, seq and time, and its payload as socket clients see it. */
export function bodyOf(event: LoggedEvent): string {
  return JSON.stringify({
    id: `${event.roomId}:${event.seq}`,
    type: event.type,
    room: event.roomId,
    seq: event.seq,
    createdAt: event.createdAt.toISOString(),
    data: event.payload,
  });
}
