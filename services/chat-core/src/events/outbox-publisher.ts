import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { batchSpan, observeStage, tracingOn, type Logger } from '@chat/common';
import type { CommitListener } from '../stores.ts';
import type { Queryable } from '../queryable.ts';
import { toEnvelope, type EventBus } from './event-bus.ts';
import { EventLog } from './event-log.ts';
import type { NewRoomEvent } from '../timeline/room-event.ts';

export interface OutboxPublisherOptions {
  databaseUrl: string;
  /** Where published events are taken off the outbox. */
  pool: Queryable;
  bus: EventBus;
  log: Logger;
  /** How often the recovery pass looks for events nobody published, and the standby's retry interval. */
  pollMs?: number;
  /** How old a queued event must be before the recovery pass takes it (its committer had that long to publish it). */
  staleMs?: number;
  batchSize?: number;
  /** Runs on becoming leader and after publishing a room-deleted event (rooms are purged only once announced). */
  afterRoomsDeleted?: (db: Queryable) => Promise<void>;
}

const LOCK_NAME = 'chat-core:outbox-publisher';
/** Published events wait this long to be taken off the outbox together, in one statement. */
const DELETE_DELAY_MS = 20;

type Key = Pick<NewRoomEvent, 'roomId' | 'seq'>;

/**
 * Publishes every commit's events from the process that committed them,
 * right after COMMIT, with the events in hand (docs/ARCHITECTURE.md, "The
 * path of a message"), and takes them off the outbox once the bus has them.
 * The outbox is the net under that path: a publish that failed, or a
 * process that died between commit and publish, leaves rows behind, and the
 * recovery pass publishes those once they are `staleMs` old. One process
 * leads the recovery (a session advisory lock on its own connection); the
 * others retry the lock every poll and take over when the leader's
 * connection goes away. An event can so be published twice, never lost:
 * routers drop a seq they have already emitted.
 */
export class OutboxPublisher implements CommitListener {
  private client: pg.Client | null = null;
  private leader = false;
  private timer: NodeJS.Timeout | undefined;
  private recovering: Promise<void> | null = null;
  private stopped = false;
  private readonly inflight = new Set<Promise<void>>();
  private published: Key[] = [];
  private deleteTimer: NodeJS.Timeout | undefined;
  private deleting: Promise<void> = Promise.resolve();
  private purgeDue = false;
  private deleteClient: pg.Client | null = null;
  private readonly pollMs: number;
  private readonly staleMs: number;
  private readonly batchSize: number;

  constructor(private readonly opts: OutboxPublisherOptions) {
    this.pollMs = opts.pollMs ?? 1000;
    this.staleMs = opts.staleMs ?? 2000;
    this.batchSize = opts.batchSize ?? 500;
  }

  start(): void {
    this.timer = setInterval(() => this.recover(), this.pollMs);
    this.recover();
  }

  committed(events: NewRoomEvent[], committedAt: number): void {
    const started = performance.now();
    const span = tracingOn() ? batchSpan('chat-core', 'publish', events.map((e) => e.traceparent), { 'chat.events': events.length }) : undefined;
    const sent = this.opts.bus.publish(events.map((e) => toEnvelope(e, committedAt))).then(
      () => {
        span?.end();
        const ms = performance.now() - started;
        for (const e of events) if (e.type === 'message') observeStage('publish', ms);
        // A deleted room goes once its room-deleted event is off the outbox (purgeDeleted's rule).
        if (events.some((e) => e.type === 'room-deleted')) this.purgeDue = true;
        this.taken(events);
      },
      (error: unknown) => {
        span?.end();
        this.opts.log.warn({ err: error, events: events.length }, 'publish after commit failed; the recovery pass will publish');
      },
    );
    this.inflight.add(sent);
    void sent.finally(() => this.inflight.delete(sent));
  }

  /** Waits for publishes in flight and the recovery pass, takes what was published off the outbox, gives up the lead. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await Promise.all([...this.inflight]);
    await this.recovering;
    await this.deleteTaken();
    await this.deleteClient?.end().catch(() => undefined);
    this.deleteClient = null;
    const client = this.client;
    this.client = null;
    this.leader = false;
    // Ending the session releases the advisory lock: a standby takes over on its next poll.
    await client?.end().catch(() => undefined);
  }

  private taken(events: Key[]): void {
    for (const e of events) this.published.push({ roomId: e.roomId, seq: e.seq });
    this.deleteTimer ??= setTimeout(() => void this.deleteTaken(), DELETE_DELAY_MS);
  }

  /** One DELETE for everything published since the last; a failed one is left to the recovery pass (a re-publish, never a loss). */
  private deleteTaken(): Promise<void> {
    clearTimeout(this.deleteTimer);
    this.deleteTimer = undefined;
    const keys = this.published.splice(0);
    if (keys.length === 0) return this.deleting;
    const purge = this.purgeDue;
    this.purgeDue = false;
    this.deleting = this.deleting
      .then(async () => new EventLog(await this.deleter()).markPublished(keys))
      .then(() => (purge ? this.purge() : undefined))
      .catch((error: unknown) => this.opts.log.warn({ err: error }, 'could not take published events off the outbox'));
    return this.deleting;
  }

  /**
   * The connection published events are taken off the outbox on, with
   * synchronous_commit off: losing such a DELETE in a crash costs a
   * re-publish (which routers drop), while waiting for its WAL flush cost a
   * second fsync beside the appends' own, every 20 ms.
   */
  private async deleter(): Promise<pg.Client> {
    if (this.deleteClient) return this.deleteClient;
    const client = new pg.Client({ connectionString: this.opts.databaseUrl, connectionTimeoutMillis: 5000 });
    const forget = () => {
      if (this.deleteClient === client) this.deleteClient = null;
      client.end().catch(() => undefined);
    };
    client.on('error', forget);
    client.on('end', forget);
    await client.connect();
    await client.query('SET synchronous_commit TO off');
    this.deleteClient = client;
    return client;
  }

  private async purge(): Promise<void> {
    await this.opts.afterRoomsDeleted?.(this.opts.pool).catch((error: unknown) => this.opts.log.warn({ err: error }, 'purging deleted rooms failed'));
  }

  private recover(): void {
    if (this.stopped || this.recovering) return;
    this.recovering = this.pass().finally(() => (this.recovering = null));
  }

  private async pass(): Promise<void> {
    try {
      if (!this.leader) await this.tryLead();
      if (this.leader) await this.republish();
    } catch (error) {
      // Redis or Postgres away: the next poll tries again.
      this.opts.log.warn({ err: error }, 'outbox recovery failed, will retry');
    }
  }

  private async tryLead(): Promise<void> {
    const client = this.client ?? (await this.connect());
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [LOCK_NAME]);
    if (!rows[0]?.ok) return;
    this.leader = true;
    this.opts.log.info('outbox recovery is leading');
    await this.opts.afterRoomsDeleted?.(client);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.opts.databaseUrl, connectionTimeoutMillis: 5000 });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    this.client = client;
    return client;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    if (!this.stopped) this.opts.log.warn({ err: error }, 'outbox recovery lost its connection; it will reconnect');
    this.client = null;
    this.leader = false;
    client.end().catch(() => undefined);
  }

  /** Publishes what nobody did, then takes it off the outbox. */
  private async republish(): Promise<void> {
    for (;;) {
      const client = this.client;
      if (!client || this.stopped) return;
      const log = new EventLog(client);
      const events = await log.unpublished(this.batchSize, this.staleMs);
      if (events.length === 0) return;
      this.opts.log.warn({ events: events.length }, 'publishing events their committer did not');
      await this.opts.bus.publish(events.map((e) => toEnvelope(e, e.createdAt.getTime())));
      await log.markPublished(events);
      if (events.some((e) => e.type === 'room-deleted')) await this.opts.afterRoomsDeleted?.(client);
      if (events.length < this.batchSize) return;
    }
  }
}
