import { DomainError, type Logger } from '@chat/common';
import type { ChatCoreClient } from '../chat-core/chat-core-client.ts';
import { roomChannel, userChannel, type ChatNamespace, type ChatSocket } from '../realtime/chat-socket.ts';

/** What socket.data.roomIds holds once joined: the listing is needed only until then. */
const JOINED: string[] = Object.freeze([]) as unknown as string[];

/**
 * Puts new sockets in their user's channel and rooms. Later membership
 * changes reach a socket through the user channel (socketsJoin /
 * socketsLeave on `user:<id>`, TimelineFanout), so the user channel is joined before anything
 * else. A change committed between the handshake's listing and that join
 * would be lost, so the rooms are listed once more: rooms that a live
 * join/leave touched meanwhile are left as the live event set them (it is
 * at least as new as the listing), the others follow the listing. A user
 * with another socket here that went through this already needs no second
 * listing: that socket's rooms are the user's, as far as this router has
 * applied membership changes, and later changes reach both sockets through
 * the user channel. (Every join and leave after connect is per user or per
 * room, never per socket, so the sockets of a user share their rooms.)
 *
 * The adapter keeps, per socket, the names of its rooms: each socket's own
 * copies of the strings unless they are shared, so every name joined here is
 * one string per namespace (`names`) for as long as the room has a socket.
 */
export class RoomMembership {
  private readonly names = new Map<string, string>();
  /** Sockets between their first join and the second listing, with the rooms live events touched meanwhile. */
  private readonly relisting = new Map<string, Set<string>>();
  /** Sockets whose second listing failed: their rooms may be stale, so none is copied from them. */
  private readonly unsure = new WeakSet<ChatSocket>();
  /** Sockets whose token expired: out of their rooms until rejoin(). */
  private readonly away = new WeakSet<ChatSocket>();

  constructor(
    private readonly nsp: ChatNamespace,
    private readonly chat: Pick<ChatCoreClient, 'roomIdsOf'>,
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
    const listedIds = socket.data.roomIds;
    socket.data.roomIds = JOINED;
    const channel = this.name(userChannel(userId));
    const sibling = this.settledSocketIn(channel);
    socket.join(channel);
    if (sibling) {
      // In the same turn as the user channel's join: no change can fall between the two.
      socket.join([...(this.nsp.adapter.socketRooms(sibling.id) ?? [])].filter((room) => room !== sibling.id));
      return;
    }
    const listed = listedIds.map((id) => this.name(roomChannel(id)));
    socket.join(listed);

    const touched = new Set<string>();
    this.relisting.set(socket.id, touched);
    let current: string[];
    try {
      current = (await this.chat.roomIdsOf(userId)).map(roomChannel);
    } catch (error) {
      this.log.warn({ err: error, userId }, 'could not re-list rooms after connect; keeping the handshake listing');
      this.unsure.add(socket);
      return;
    } finally {
      this.relisting.delete(socket.id);
    }
    // Gone, or its token expired while its rooms were listed: nothing to join.
    if (socket.disconnected || this.away.has(socket)) return;
    const now = new Set(current);
    for (const room of current) if (!touched.has(room)) socket.join(this.name(room));
    for (const room of listed) if (!touched.has(room) && !now.has(room)) socket.leave(room);
  }

  /** Out of every room and its user channel (a socket whose token expired): it receives nothing from them. */
  leaveAll(socket: ChatSocket): void {
    this.away.add(socket);
    for (const room of [...socket.rooms]) if (room !== socket.id) socket.leave(room);
  }

  /**
   * Back in its user channel and rooms, as they are now: join() again, from
   * an empty handshake listing. Throws, leaving it out of them, when its rooms
   * could not be listed (it may then authenticate again).
   */
  async rejoin(socket: ChatSocket): Promise<void> {
    this.away.delete(socket);
    this.unsure.delete(socket);
    socket.data.roomIds = [];
    await this.join(socket);
    if (!this.unsure.has(socket)) return;
    this.leaveAll(socket);
    throw new DomainError('UNAVAILABLE', 'your rooms could not be listed: emit authenticate again');
  }

  /** A socket of the user channel's that went through join() and whose rooms are sure. */
  private settledSocketIn(channel: string): ChatSocket | undefined {
    for (const id of this.nsp.adapter.rooms.get(channel) ?? []) {
      if (this.relisting.has(id)) continue;
      const socket = this.nsp.sockets.get(id);
      if (socket && !this.unsure.has(socket)) return socket;
    }
    return undefined;
  }

  /** The one string of a room name here; joined right after, it is forgotten when the room goes. */
  private name(room: string): string {
    const known = this.names.get(room);
    if (known !== undefined) return known;
    this.names.set(room, room);
    return room;
  }
}
