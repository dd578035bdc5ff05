import type { Tx } from '../stores.ts';
import type { NewRoomEvent } from './room-event.ts';

/**
 * The one way a room's timeline grows outside the message append path
 * (whose one statement does the same in SQL, messages/message-store.ts):
 * the room's next seq is taken under its row lock and the event logged and
 * queued for publishing, all in the caller's transaction, so the seq stays
 * gap-free and the event is published once the transaction commits
 * (docs/ARCHITECTURE.md, "The delivery guarantee"). Rooms, room
 * governance, direct rooms, invitations, messages (edits and deletes) and
 * the administration call it.
 */
export async function appendRoomEvent(
  tx: Tx,
  roomId: string,
  actorId: string,
  build: (seq: number) => Pick<NewRoomEvent, 'type' | 'payload'>,
): Promise<number> {
  const seq = await tx.rooms.advance(roomId, 1, 0);
  await tx.events.append([{ roomId, seq, actorId, ...build(seq) }]);
  return seq;
}
