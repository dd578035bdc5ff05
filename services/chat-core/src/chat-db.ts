import { withTransaction, type Pool } from '@chat/common';
import type { Queryable } from './db.ts';
import { EventLog } from './events/event-log.ts';
import { InvitationStore } from './invitations/invitation-store.ts';
import { MessageStore } from './messages/message-store.ts';
import { RoomStore } from './rooms/room-store.ts';

export interface Stores {
  rooms: RoomStore;
  messages: MessageStore;
  events: EventLog;
  invitations: InvitationStore;
}

export interface Tx extends Stores {
  /** One savepoint per transaction is all a batch needs to retry a statement. */
  savepoint(): Promise<void>;
  rollbackToSavepoint(): Promise<void>;
}

export const storesOn = (db: Queryable, notifyOthers?: () => boolean): Stores => ({
  rooms: new RoomStore(db),
  messages: new MessageStore(db),
  events: new EventLog(db, notifyOthers),
  invitations: new InvitationStore(db),
});

export interface Publisher {
  /** Wakes the local outbox publisher: called after every commit. */
  wake(): void;
  /** Whether it leads; when not, appends NOTIFY the leader in another process. */
  readonly isLeader: boolean;
}

/**
 * The stores, on the pool for reads and on one client per transaction for
 * writes. Every committed transaction wakes the local outbox publisher at
 * once (a leader in another process is woken by the NOTIFY the event log
 * then sends).
 */
export class ChatDb {
  readonly read: Stores;

  constructor(
    private readonly pool: Pool,
    private readonly publisher: Publisher,
  ) {
    this.read = storesOn(pool);
  }

  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await withTransaction(this.pool, (client) =>
      fn({
        ...storesOn(client, () => !this.publisher.isLeader),
        savepoint: async () => void (await client.query('SAVEPOINT batch')),
        rollbackToSavepoint: async () => void (await client.query('ROLLBACK TO SAVEPOINT batch')),
      }),
    );
    this.publisher.wake();
    return result;
  }
}
