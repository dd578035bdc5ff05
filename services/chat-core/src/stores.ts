import { DomainError, isDatabaseUnreachable, withTransaction, type Pool } from '@chat/common';
import type { Queryable } from './queryable.ts';
import { EventLog } from './events/event-log.ts';
import type { NewRoomEvent } from './timeline/room-event.ts';
import { InvitationStore } from './invitations/invitation-store.ts';
import { MessageStore } from './messages/message-store.ts';
import { MemberStore } from './rooms/member-store.ts';
import { RoomStore } from './rooms/room-store.ts';

export interface Stores {
  rooms: RoomStore;
  members: MemberStore;
  messages: MessageStore;
  events: EventLog;
  invitations: InvitationStore;
}

/** The stores on one transaction's client. */
export type Tx = Stores;

export const storesOn = (db: Queryable): Stores => ({
  rooms: new RoomStore(db),
  members: new MemberStore(db),
  messages: new MessageStore(db),
  events: new EventLog(db),
  invitations: new InvitationStore(db),
});

export interface CommitListener {
  /** Right after a commit, with the timeline events it stored (in append order) and when it committed. */
  committed(events: NewRoomEvent[], committedAt: number): void;
}

/** `when`: what was under way when the connection broke, COMMIT or a statement committing by itself. */
const outcomeUnknown = (when: string) =>
  new DomainError('OUTCOME_UNKNOWN', `the database went away during ${when}: the change may have been stored; repeating it with the same nonce is safe`);

/**
 * The stores, on the pool for reads and on one client per transaction for
 * writes. Every commit hands the events it stored to the publisher at once,
 * before the caller hears of the commit: the PUBLISH leaves before the ack.
 */
export class ChatDb {
  readonly read: Stores;

  constructor(
    private readonly pool: Pool,
    private readonly publisher: CommitListener,
  ) {
    this.read = storesOn(pool);
  }

  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    let events: NewRoomEvent[] = [];
    let committing = false;
    const result = await withTransaction(this.pool, async (client) => {
      const tx = storesOn(client);
      const value = await fn(tx);
      events = tx.events.appended;
      committing = true;
      return value;
    }).catch((error: unknown) => {
      // The connection broke with COMMIT on its way: Postgres may have committed or not, and cannot be asked.
      if (committing && isDatabaseUnreachable(error)) throw outcomeUnknown('COMMIT');
      throw error;
    });
    if (events.length > 0) this.publisher.committed(events, Date.now());
    return result;
  }

  /**
   * Runs fn's one statement on a client outside any transaction: Postgres
   * commits it by itself before answering (the append path's single round
   * trip). The events fn's stores record are published once it has
   * returned, as after a transaction's COMMIT. A connection lost once the
   * statement was sent leaves its commit unknown.
   */
  async autocommit<T>(fn: (stores: Stores) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let result: T;
    let events: NewRoomEvent[];
    let broken = false;
    try {
      const stores = storesOn(client);
      result = await fn(stores);
      events = stores.events.appended;
    } catch (error) {
      broken = isDatabaseUnreachable(error);
      if (broken) throw outcomeUnknown('the statement, which commits by itself');
      throw error;
    } finally {
      // A connection that broke goes, rather than back to the pool for the next batch to fail on.
      client.release(broken);
    }
    if (events.length > 0) this.publisher.committed(events, Date.now());
    return result;
  }
}
