import { forbidden, invalid, notFound } from '@chat/common';
import type { ChatDb, Tx } from '../stores.ts';
import type { ChatCoreConfig } from '../config.ts';
import { signalEnvelope, type EventBus } from '../events/event-bus.ts';
import { messageDeletedPayload, messageEditedPayload, typingPayload } from '../timeline/room-event.ts';
import { appendRoomEvent } from '../timeline/append-room-event.ts';
import { roomNotFound } from '../rooms/room.ts';
import { page, requireSeq, requireUuid } from '../validation.ts';
import type { AppendQueue } from './append-queue.ts';
import type { AppendResult } from './append-batch.ts';
import { validateContent, validateMessageInput, type Message, type TypingSignal } from './message.ts';

export interface MessagesServiceDeps {
  db: ChatDb;
  queue: AppendQueue;
  bus: EventBus;
  features: Pick<ChatCoreConfig['features'], 'auditMode' | 'allowEdit' | 'allowDelete'>;
  limits: Pick<ChatCoreConfig['limits'], 'maxMessageLength'>;
}

export type SendResult = AppendResult;

export interface TypingInput {
  userId: string;
  roomId: string;
  content: string;
}

export interface SendInput {
  userId: string;
  roomId: string;
  content: string;
  contentType: string;
  files: string[];
  nonce: string;
}

export interface ListInput {
  userId: string;
  /** Empty: across all the caller's rooms. */
  roomId: string;
  skip: number;
  limit: number;
  /** 0: unset. */
  beforeSeq: number;
  afterSeq: number;
}

const messageNotFound = (id: string) => `message ${id} not found`;

export class MessagesService {
  constructor(private readonly deps: MessagesServiceDeps) {}

  /**
   * Everything is validated before a message joins a batch, so one bad message cannot fail the others.
   * `deadline`: Date.now() past which the caller no longer waits (a message it gave up on is never written).
   */
  async send(input: SendInput, deadline = Infinity): Promise<SendResult> {
    const senderId = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const m = validateMessageInput(input, this.deps.limits);
    return this.deps.queue.append(roomId, { senderId, ...m }, deadline);
  }

  /** Relays a typing signal to the room's members (SignalFanout checks who is one when it emits); nothing is stored. */
  async typing(input: TypingInput): Promise<TypingSignal> {
    const senderId = requireUuid('user_id', input.userId);
    const roomId = requireUuid('room_id', input.roomId);
    const content = validateContent(input.content, this.deps.limits);
    if (!(await this.deps.db.read.members.isMember(roomId, senderId))) throw notFound(roomNotFound(roomId));
    const signal: TypingSignal = { roomId, senderId, content, createdAt: new Date() };
    this.deps.bus.signal(signalEnvelope(roomId, 'message', typingPayload(signal), senderId));
    return signal;
  }

  async list(input: ListInput): Promise<{ messages: Message[]; count: number }> {
    const userId = requireUuid('user_id', input.userId);
    const { skip, limit } = page(input.skip, input.limit, { limit: 20, max: 100 });
    const before = requireSeq('before_seq', input.beforeSeq) || null;
    const after = requireSeq('after_seq', input.afterSeq) || null;
    const { rooms, messages } = this.deps.db.read;
    if (input.roomId === '') {
      if (before !== null || after !== null) throw invalid('before_seq and after_seq need a room_id');
      const [list, count] = await Promise.all([messages.pageForMember(userId, skip, limit), rooms.messageCountForMember(userId)]);
      return { messages: list, count };
    }
    const roomId = requireUuid('room_id', input.roomId);
    // `after` alone pages forwards: the messages right after the cursor, still answered newest first.
    const forwards = after !== null && before === null;
    const found = await messages.pageInRoomForMember(roomId, userId, { beforeSeq: before, afterSeq: after }, skip, limit, forwards ? 'oldest-first' : 'newest-first');
    if (!found) throw notFound(roomNotFound(roomId));
    return { messages: forwards ? found.messages.reverse() : found.messages, count: found.count };
  }

  async get(input: { userId: string; messageId: string }): Promise<Message> {
    const userId = requireUuid('user_id', input.userId);
    const messageId = requireUuid('message_id', input.messageId);
    const message = await this.deps.db.read.messages.getForMember(messageId, userId);
    if (!message) throw notFound(messageNotFound(messageId));
    return message;
  }

  async edit(input: { userId: string; messageId: string; content: string }): Promise<Message> {
    if (!this.deps.features.allowEdit) throw forbidden('message editing is disabled');
    const content = validateContent(input.content, this.deps.limits);
    return this.changeOwn(input, 'edit', async (tx, message, now) => {
      const updated = await tx.messages.updateContent(message.id, content, now);
      await appendRoomEvent(tx, message.roomId, message.senderId, (seq) => ({
        type: 'message-edited',
        payload: messageEditedPayload(updated, seq),
      }));
      return updated;
    });
  }

  /**
   * Audit mode keeps the row (marked) for the record; otherwise it is gone.
   * Either way the original 'message' event loses its text, so a since-replay
   * cannot bring a deleted message back.
   */
  async delete(input: { userId: string; messageId: string }): Promise<void> {
    if (!this.deps.features.allowDelete) throw forbidden('message deletion is disabled');
    await this.changeOwn(input, 'delete', async (tx, message, now) => {
      const seq = await tx.rooms.advance(message.roomId, 1, -1);
      await tx.events.append([
        { roomId: message.roomId, seq, type: 'message-deleted', payload: messageDeletedPayload(message.id, message.roomId, seq), actorId: message.senderId },
      ]);
      if (this.deps.features.auditMode) await tx.messages.markDeleted(message.id, now);
      else await tx.messages.delete(message.id);
      await tx.events.redactMessage(message.roomId, message.seq);
    });
  }

  /**
   * Someone else's message in a room the caller is in: PERMISSION_DENIED.
   * Not in the room: NOT_FOUND. Re-checked under the room lock, so the
   * change cannot race a delete or the caller leaving.
   */
  private async changeOwn<T>(
    input: { userId: string; messageId: string },
    verb: 'edit' | 'delete',
    change: (tx: Tx, message: Message, now: Date) => Promise<T>,
  ): Promise<T> {
    const userId = requireUuid('user_id', input.userId);
    const messageId = requireUuid('message_id', input.messageId);
    const found = await this.deps.db.read.messages.getForMember(messageId, userId);
    if (!found) throw notFound(messageNotFound(messageId));
    if (found.senderId !== userId) throw forbidden(`only the sender can ${verb} a message`);
    return this.deps.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(found.roomId);
      const message = room && (await tx.members.isMember(room.id, userId)) ? await tx.messages.getLive(messageId) : null;
      if (!room || !message) throw notFound(messageNotFound(messageId));
      return change(tx, message, room.now);
    });
  }
}
