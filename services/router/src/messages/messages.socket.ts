import { performance } from 'node:perf_hooks';
import { inSpan, observeStage, tracingOn, type Logger } from '@chat/common';
import type { ChatCoreClient } from '../chat-core/chat-core-client.ts';
import type { TokenSession } from '../connections/token-session.ts';
import type { ChatSocket } from '../realtime/chat-socket.ts';
import { onClientEvent } from '../realtime/client-event.ts';
import type { EventRateLimit } from '../realtime/event-rate-limit.ts';
import type { MessageRateLimit } from './message-rate-limit.ts';
import { parseMessageArgs, parseMessagesReadArgs, parseTypingArgs } from './message-args.ts';

export interface MessagesSocketDeps {
  chat: ChatCoreClient;
  session: TokenSession;
  log: Logger;
  rateLimit: MessageRateLimit;
  eventLimit: EventRateLimit;
}

/**
 * `message`, `typing`, `messagesRead`: forwarded to chat-core, which stores
 * and publishes. The broadcast to the room (the sender's sockets included)
 * comes back through Redis from chat-core's publisher, so nothing here emits
 * to the room: doing so would deliver every message twice.
 */
export function registerMessageEvents(socket: ChatSocket, deps: MessagesSocketDeps): void {
  const { chat, session, log, rateLimit, eventLimit } = deps;

  onClientEvent(
    socket,
    'message',
    async ({ args, hasAck }) => {
      const received = performance.now();
      session.assertActive();
      // Counted before the arguments are read: a flood of bad ones costs chat-core nothing either.
      await rateLimit.take(socket.data.userId);
      const input = parseMessageArgs(args);
      // A `message` of contentType "typing" is the typing signal by another name (the socket contract has both).
      if (input.contentType === 'typing') return chat.typing({ userId: socket.data.userId, roomId: input.roomId, content: input.content });
      const send = () => chat.send({ userId: socket.data.userId, ...input });
      const { message, duplicate } = tracingOn() ? await inSpan('socket message', { 'chat.room': input.roomId }, send, undefined, 'router') : await send();
      // A repeated nonce was stored and broadcast the first time; only the sender hears of it again.
      if (duplicate && !hasAck) socket.emit('message', message);
      observeStage('router_call', performance.now() - received);
      return message;
    },
    log,
  );

  onClientEvent(
    socket,
    'typing',
    async ({ args }) => {
      session.assertActive();
      await rateLimit.take(socket.data.userId);
      const { roomId, content } = parseTypingArgs(args);
      return chat.typing({ userId: socket.data.userId, roomId, content });
    },
    log,
  );

  onClientEvent(
    socket,
    'messagesRead',
    async ({ args }) => {
      session.assertActive();
      await eventLimit.take(socket.data.userId);
      const { roomId } = parseMessagesReadArgs(args);
      const lastReadSeq = await chat.markRead(socket.data.userId, roomId);
      return { room: roomId, lastReadSeq };
    },
    log,
  );
}
