import type { Logger } from '@chat/common';
import type { ChatCore } from '../chat-core/chat-core.ts';
import { roomChannel, userChannel, type ChatNamespace, type ChatSocket } from '../realtime/chat-socket.ts';

/** What socket.data.roomIds holds once joined: the listing is needed only until then. */
const JOINED: string[] = Object.freeze([]) as unknown as string[];

/**
 * Puts new sockets in their user's channel and rooms. Later membership
 * changes reach a socket through the user channel (chat-core's socketsJoin /
 * socketsLeave on `user:<id>`), so the user channel is joined before anything
 * else. A change committed between the handshake's listing and that join
 * would be lost, so the rooms are listed once more: rooms that a live
 * join/leave touched meanwhile are left as the live event set them (it is
 * at least as new as the listing), the others follow the listing.
 *
 * The adapter keeps, per socket, the names of its rooms: each socket's own
 * copies of the strings unless they are shared, so every name joined here is
 * one string per namespace (`names`) for as long as the room has a socket.
 */
export class RoomMembership {
  private readonly names = new Map<string, string>();
  /** Sockets between their first join and the second listing, with the rooms live events touched meanwhile. */
  private readonly relisting = new Map<string, Set<string>>();

  constructor(
    nsp: ChatNamespace,
    private readonly chat: Pick<ChatCore, 'roomIdsOf'>,
    private readonly log: Logger,
  ) {
    // One listener pair per namespace, not per connecting socket.
    const touch = (room: string, id: string) => this.relisting.get(id)?.add(room);
    nsp.adapter.on('join-room', touch);
    nsp.adapter.on('leave-room', touch);
    nsp.adapter.on('delete-room', (room: string) => this.names.delete(room));
  }

  async join(socket: ChatSocket): Promise<void> {
    const { userId } = socket.data;
    const listed = socket.data.roomIds.map((id) => this.name(roomChannel(id)));
    socket.data.roomIds = JOINED;
    socket.join(this.name(userChannel(userId)));
    socket.join(listed);

    const touched = new Set<string>();
    this.relisting.set(socket.id, touched);
    let current: string[];
    try {
      current = (await this.chat.roomIdsOf(userId)).map(roomChannel);
    } catch (error) {
      this.log.warn({ err: error, userId }, 'could not re-list rooms after connect; keeping the handshake listing');
      return;
    } finally {
      this.relisting.delete(socket.id);
    }
    if (socket.disconnected) return;
    const now = new Set(current);
    for (const room of current) if (!touched.has(room)) socket.join(this.name(room));
    for (const room of listed) if (!touched.has(room) && !now.has(room)) socket.leave(room);
  }

  /** The one string of a room name here; joined right after, it is forgotten when the room goes. */
  private name(room: string): string {
    const known = this.names.get(room);
    if (known !== undefined) return known;
    this.names.set(room, room);
    return room;
  }
}
