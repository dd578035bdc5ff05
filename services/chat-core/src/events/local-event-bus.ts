import type { EventBus } from './event-bus.ts';
import { roomChannel, userChannel } from './realtime-channel.ts';

/**
 * The slice of a Socket.IO namespace the bus drives. The server's own API is
 * the one the Redis emitter mirrors, so single-process mode takes the same
 * calls as the Redis path, straight to the local sockets.
 */
export interface LocalNamespace {
  to(room: string | string[]): { emit(event: string, ...args: unknown[]): unknown };
  in(room: string | string[]): { socketsJoin(room: string): void; socketsLeave(room: string): void };
}

/**
 * Single-node mode (no Redis): events go straight to the Socket.IO server of
 * the router running in the same process, to both spellings of the chat
 * namespace (`/chat` and `/chat/`, whose sockets are kept apart). The router
 * starts after chat-core, so its namespaces are attached later; events before
 * that have no socket to reach anyway (clients catch up with `since`).
 */
export class LocalEventBus implements EventBus {
  private namespaces: LocalNamespace[] = [];

  attach(namespaces: LocalNamespace[]): void {
    this.namespaces = namespaces;
  }

  emitToRoom(roomId: string, event: string, payload: unknown, alsoUsers: string[] = []): void {
    // One broadcast to several rooms reaches a socket in more than one of them once.
    const rooms = [roomChannel(roomId), ...alsoUsers.map(userChannel)];
    for (const nsp of this.namespaces) nsp.to(rooms).emit(event, payload);
  }

  emitToUser(userId: string, event: string, payload: unknown): void {
    for (const nsp of this.namespaces) nsp.to(userChannel(userId)).emit(event, payload);
  }

  joinUsersTo(userIds: string[], roomId: string): void {
    for (const nsp of this.namespaces) nsp.in(userIds.map(userChannel)).socketsJoin(roomChannel(roomId));
  }

  removeUserFrom(userId: string, roomId: string): void {
    for (const nsp of this.namespaces) nsp.in(userChannel(userId)).socketsLeave(roomChannel(roomId));
  }

  closeRoom(roomId: string): void {
    for (const nsp of this.namespaces) nsp.in(roomChannel(roomId)).socketsLeave(roomChannel(roomId));
  }

  /** Local emits are synchronous: nothing is ever in flight. */
  async flush(): Promise<void> {}
}
