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

export const storesOn = (db: Queryable): Stores => ({
  rooms: new RoomStore(db),
  messages: new MessageStore(db),
  events: new EventLog(db),
  invitations: new InvitationStore(db),
});

/**
 * The stores, on the pool for reads and on one client per transaction for
 * writes. Every committed transaction wakes the local outbox publisher at
 * once (other processes are woken by the NOTIFY the event log sends).
 */
export class ChatDb {
  readonly read: Stores;

  constructor(
    private readonly pool: Pool,
    private readonly afterCommit: () => void,
  ) {
    this.read = storesOn(pool);
  }

  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await withTransaction(this.pool, (client) =>
      fn({
        ...storesOn(client),
        savepoint: async () => void (await client.query('SAVEPOINT batch')),
        rollbackToSavepoint: async () => void (await client.query('ROLLBACK TO SAVEPOINT batch')),
      }),
    );
    this.afterCommit();
    return result;
  }
}
