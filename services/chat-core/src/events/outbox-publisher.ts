import pg from 'pg';
import type { Logger } from '@chat/common';
import type { Queryable } from '../db.ts';
import { dispatch, type EventBus } from './event-bus.ts';
import { EventLog } from './event-log.ts';
import { OUTBOX_NOTIFY_CHANNEL } from './realtime-channel.ts';

export interface OutboxPublisherOptions {
  databaseUrl: string;
  bus: EventBus;
  log: Logger;
  /** Safety net for a missed wake-up or NOTIFY, and the standby's retry interval. */
  pollMs?: number;
  batchSize?: number;
  /** Runs on becoming leader and after publishing a room-deleted event (rooms are purged only once announced). */
  afterRoomsDeleted?: (db: Queryable) => Promise<void>;
}

const LOCK_NAME = 'chat-core:outbox-publisher';

/**
 * Drains the room event log to the bus after commit (the transactional
 * outbox). One publisher leads across all chat-core processes: it holds a
 * session advisory lock on its own connection, so two processes never
 * publish the same events; the others stand by, retrying the lock every
 * poll, and take over within about a poll interval when the leader's
 * connection goes away. Events are marked published only after the bus
 * confirmed them, so a crash in between re-publishes (clients dedupe by
 * room and seq) and never loses.
 */
export class OutboxPublisher {
  private client: pg.Client | null = null;
  private leader = false;
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private backoffUntil = 0;
  private readonly pollMs: number;
  private readonly batchSize: number;

  constructor(private readonly opts: OutboxPublisherOptions) {
    this.pollMs = opts.pollMs ?? 1000;
    this.batchSize = opts.batchSize ?? 500;
  }

  get isLeader(): boolean {
    return this.leader;
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), this.pollMs);
    this.tick();
  }

  /**
   * Called after every local commit and on every NOTIFY; concurrent wake-ups
   * coalesce into one more pass. A standby ignores them: it tries for the
   * lead on its poll only, not with a lock query per commit.
   */
  wake(): void {
    if (!this.leader || Date.now() < this.backoffUntil) return;
    this.run();
  }

  private tick(): void {
    this.backoffUntil = 0;
    this.run();
  }

  private run(): void {
    if (this.stopped) return;
    if (this.busy) return void (this.again = true);
    this.again = false;
    this.busy = this.pass().finally(() => {
      this.busy = null;
      if (this.again) this.run();
    });
  }

  /** Waits for the pass in progress, publishes what is left, then gives up the lead. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.busy;
    if (this.leader) await this.flush().catch((error: unknown) => this.opts.log.warn({ err: error }, 'final outbox flush failed'));
    const client = this.client;
    this.client = null;
    this.leader = false;
    // Ending the session releases the advisory lock: a standby takes over on its next poll.
    await client?.end().catch(() => undefined);
  }

  private async pass(): Promise<void> {
    try {
      if (!this.leader) await this.tryLead();
      if (this.leader) await this.flush();
    } catch (error) {
      // Redis or Postgres away: retry on the next poll rather than on every commit.
      this.backoffUntil = Date.now() + this.pollMs;
      this.opts.log.warn({ err: error }, 'outbox publishing failed, will retry');
    }
  }

  private async tryLead(): Promise<void> {
    const client = this.client ?? (await this.connect());
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [LOCK_NAME]);
    if (!rows[0]?.ok) return;
    await client.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
    this.leader = true;
    this.opts.log.info('outbox publisher is leading');
    await this.opts.afterRoomsDeleted?.(client);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.opts.databaseUrl, connectionTimeoutMillis: 5000 });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.wake());
    await client.connect();
    this.client = client;
    return client;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    if (!this.stopped) this.opts.log.warn({ err: error }, 'outbox publisher lost its connection; it will reconnect');
    this.client = null;
    this.leader = false;
    client.end().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    for (;;) {
      const client = this.client;
      if (!client) return;
      const log = new EventLog(client);
      const events = await log.unpublished(this.batchSize);
      if (events.length === 0) return;
      for (const event of events) dispatch(this.opts.bus, event);
      await this.opts.bus.flush();
      await log.markPublished(events);
      if (events.some((e) => e.type === 'room-deleted')) await this.opts.afterRoomsDeleted?.(client);
      if (events.length < this.batchSize) return;
    }
  }
}
