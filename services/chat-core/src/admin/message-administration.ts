import { notFound } from '@chat/common';
import type { ChatDb } from '../stores.ts';
import type { ChatCoreConfig } from '../config.ts';
import { eventPage, type EventPage } from '../timeline/timeline-service.ts';
import { messageDeletedPayload } from '../timeline/room-event.ts';
import type { Message } from '../messages/message.ts';
import { roomNotFound } from '../rooms/room.ts';
import { page, requireSeq, requireUuid } from '../validation.ts';
import type { AdminRoomStore } from './admin-room-store.ts';

export interface MessageAdministrationDeps {
  db: ChatDb;
  rooms: Pick<AdminRoomStore, 'state'>;
  features: Pick<ChatCoreConfig['features'], 'auditMode'>;
}

const messageNotFound = (id: string) => `message ${id} not found`;

/** An admin reading any room's history and live feed, and moderating its messages. */
export class MessageAdministration {
  constructor(private readonly d: MessageAdministrationDeps) {}

  async list(input: { roomId: string; limit: number; beforeSeq: number }): Promise<{ messages: Message[]; count: number; lastSeq: number }> {
    const roomId = requireUuid('room_id', input.roomId);
    const { limit } = page(0, input.limit, { limit: 50, max: 100 });
    const before = requireSeq('before_seq', input.beforeSeq) || null;
    const state = await this.d.rooms.state(roomId);
    if (!state) throw notFound(roomNotFound(roomId));
    const messages = await this.d.db.read.messages.pageNewestFirst(roomId, { beforeSeq: before, afterSeq: null }, 0, limit);
    return { messages, count: state.messageCount, lastSeq: state.lastSeq };
  }

  /** ListEvents' replay, for any live room. */
  async events(input: { roomId: string; since: number; limit: number }): Promise<EventPage> {
    const roomId = requireUuid('room_id', input.roomId);
    const since = requireSeq('since', input.since);
    const { limit } = page(0, input.limit, { limit: 100, max: 500 });
    const state = await this.d.rooms.state(roomId);
    if (!state) throw notFound(roomNotFound(roomId));
    return eventPage(this.d.db.read.events, roomId, since, limit, state.lastSeq);
  }

  /**
   * A user's own delete without the owner check or the feature switch: the
   * same message-deleted event, counter and redaction, with the admin as actor.
   */
  async delete(input: { adminId: string; messageId: string }): Promise<void> {
    const adminId = requireUuid('admin_id', input.adminId);
    const messageId = requireUuid('message_id', input.messageId);
    const found = await this.d.db.read.messages.getLive(messageId);
    if (!found) throw notFound(messageNotFound(messageId));
    await this.d.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(found.roomId);
      const message = room ? await tx.messages.getLive(messageId) : null;
      if (!room || !message) throw notFound(messageNotFound(messageId));
      const seq = await tx.rooms.advance(message.roomId, 1, -1);
      await tx.events.append([
        { roomId: message.roomId, seq, type: 'message-deleted', payload: messageDeletedPayload(message.id, message.roomId, seq), actorId: adminId },
      ]);
      if (this.d.features.auditMode) await tx.messages.markDeleted(message.id, room.now);
      else await tx.messages.delete(message.id);
      await tx.events.redactMessage(message.roomId, message.seq);
    });
  }
}
