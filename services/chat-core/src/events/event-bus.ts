import type { RoomEvent } from './room-event.ts';

/**
 * Where realtime events go. The Redis emitter implementation reaches the
 * routers' Socket.IO servers; an in-process one (single-process mode) can
 * drive a local Socket.IO server with the same calls.
 */
export interface EventBus {
  /** `alsoUsers`: sockets of these users get it too, once, even when they are not (or no longer) in the room. */
  emitToRoom(roomId: string, event: string, payload: unknown, alsoUsers?: string[]): void;
  emitToUser(userId: string, event: string, payload: unknown): void;
  /** Every socket of each user joins the room's channel (before the join is announced there). */
  joinUsersTo(userIds: string[], roomId: string): void;
  /** Every socket of the user leaves the room's channel. */
  removeUserFrom(userId: string, roomId: string): void;
  /** Every socket leaves the room's channel (the room is gone). */
  closeRoom(roomId: string): void;
  /** Resolves once everything emitted so far has reached the transport; rejects if it may not have. */
  flush(): Promise<void>;
}

/**
 * Turns a timeline event into bus calls. The order within each case matters:
 * joiners must be in the channel before room-joined is emitted there so they
 * receive it, and a leaver must still be in it when room-left is emitted.
 */
export function dispatch(bus: EventBus, event: RoomEvent): void {
  const { roomId, type, payload } = event;
  switch (type) {
    case 'room-joined':
      bus.joinUsersTo(payload.users as string[], roomId);
      bus.emitToRoom(roomId, type, payload);
      return;
    case 'room-left':
      bus.emitToRoom(roomId, type, payload);
      bus.removeUserFrom(payload.user as string, roomId);
      return;
    case 'room-deleted':
      // When the last participant's leaving deleted the room, their sockets
      // already left its channel with room-left: they hear of it directly.
      bus.emitToRoom(roomId, type, payload, event.actorId ? [event.actorId] : []);
      bus.closeRoom(roomId);
      return;
    case 'message':
    case 'message-edited':
    case 'message-deleted':
    case 'room-renamed':
      bus.emitToRoom(roomId, type, payload);
      return;
  }
}
