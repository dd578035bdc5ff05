import type { Logger } from '@chat/common';
import type { ChatCore } from '../chat-core/chat-core.ts';
import { roomChannel, userChannel, type ChatSocket } from '../realtime/chat-socket.ts';

/**
 * Puts a new socket in its user's channel and rooms. Later membership
 * changes reach it through the user channel (chat-core's socketsJoin /
 * socketsLeave on `user:<id>`), so the user channel is joined before anything
 * else. A change committed between the handshake's listing and that join
 * would be lost, so the rooms are listed once more: rooms that a live
 * join/leave touched meanwhile are left as the live event set them (it is
 * at least as new as the listing), the others follow the listing.
 */
export async function joinRooms(socket: ChatSocket, chat: Pick<ChatCore, 'roomIdsOf'>, log: Logger): Promise<void> {
  const { userId, roomIds: listed } = socket.data;
  socket.join(userChannel(userId));
  socket.join(listed.map(roomChannel));

  const touched = new Set<string>();
  const track = (room: string, id: string) => {
    if (id === socket.id) touched.add(room);
  };
  const adapter = socket.nsp.adapter;
  adapter.on('join-room', track);
  adapter.on('leave-room', track);
  let current: string[];
  try {
    current = (await chat.roomIdsOf(userId)).map(roomChannel);
  } catch (error) {
    log.warn({ err: error, userId }, 'could not re-list rooms after connect; keeping the handshake listing');
    return;
  } finally {
    adapter.off('join-room', track);
    adapter.off('leave-room', track);
  }
  if (socket.disconnected) return;
  const now = new Set(current);
  for (const room of current) if (!touched.has(room)) socket.join(room);
  for (const room of listed.map(roomChannel)) if (!touched.has(room) && !now.has(room)) socket.leave(room);
}
