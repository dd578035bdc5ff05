import type { EventBus } from './event-bus.ts';
import { roomChannel, userChannel } from './realtime-channel.ts';

/**
 * The slice of a Socket.IO namespace the bus drives. The server's own API is
 * the one the Redis emitter mirrors, so single-process mode takes the same
 * calls as the Redis path, straight to the local sockets.
 */
export interface LocalNamespace {
  to(room: string): { emit(event: string, ...args: unknown[]): unknown };
  in(room: string | string[]): { socketsJoin(room: string): void; socketsLeave(room: string): void };
}

/**
 * Single-process mode (no Redis): events go to the Socket.IO server of the
 * router running in the same process. The router may start after chat-core,
 * so the namespace is attached later; events before that have no sockets to
 * reach anyway (clients catch up with `since`).
 */
export class LocalEventBus implements EventBus {
  private namespace: LocalNamespace | undefined;

  attach(namespace: LocalNamespace): void {
    this.namespace = namespace;
  }

  emitToRoom(roomId: string, event: string, payload: unknown): void {
    this.namespace?.to(roomChannel(roomId)).emit(event, payload);
  }

  emitToUser(userId: string, event: string, payload: unknown): void {
    this.namespace?.to(userChannel(userId)).emit(event, payload);
  }

  joinUsersTo(userIds: string[], roomId: string): void {
    this.namespace?.in(userIds.map(userChannel)).socketsJoin(roomChannel(roomId));
  }

  removeUserFrom(userId: string, roomId: string): void {
    this.namespace?.in(userChannel(userId)).socketsLeave(roomChannel(roomId));
  }

  closeRoom(roomId: string): void {
    this.namespace?.in(roomChannel(roomId)).socketsLeave(roomChannel(roomId));
  }

  /** Local emits are synchronous: nothing is ever in flight. */
  async flush(): Promise<void> {}
}
