import { trace } from '@opentelemetry/api';
import { DomainError, isDomainError, tracingOn, traceparentOf, socketMessage, socketTyping, type SocketMessage, type TimelineEnvelope } from '@chat/common';
import type { ChatClient } from '@chat/grpc';
import type { Message__Output } from '@chat/grpc/generated/chat/core/v1/Message.ts';
import type { RoomEvent__Output } from '@chat/grpc/generated/chat/core/v1/RoomEvent.ts';
import type { ChatCoreClient, TimelineEvent } from './chat-core-client.ts';
import { SendBatcher } from './send-batcher.ts';

/** chat-core over gRPC. Calls throw DomainError (the client maps gRPC status back). */
export function grpcChatCoreClient(client: ChatClient): ChatCoreClient {
  const sends = new SendBatcher(client);
  return {
    async roomIdsOf(userId) {
      return (await client.ListUserRoomIds({ user_id: userId })).room_ids;
    },
    async membersOf(roomId, actorId) {
      return (await client.GetRoom({ user_id: actorId, room_id: roomId })).participants;
    },
    async send(input) {
      const response = await sends
        .send({
          user_id: input.userId,
          room_id: input.roomId,
          content: input.content,
          content_type: input.contentType,
          files: input.files,
          nonce: input.nonce,
          // The send's own trace: the call carries many sends, each of its own trace.
          ...(tracingOn() ? { traceparent: traceparentOf(trace.getActiveSpan()) } : undefined),
        })
        .catch((error: unknown) => {
          throw outcomeOf(error, input.nonce !== '');
        });
      if (!response.message) throw new Error('chat-core answered SendMessage without a message');
      return { message: toSocketMessage(response.message), duplicate: response.duplicate };
    },
    async typing({ userId, roomId, content }) {
      const { created_at } = await client.SendTyping({ user_id: userId, room_id: roomId, content });
      return socketTyping({ roomId, senderId: userId, content, createdAt: created_at });
    },
    async markRead(userId, roomId) {
      return Number((await client.MarkRead({ user_id: userId, room_id: roomId, seq: 0 })).last_read_seq);
    },
    async events({ userId, roomId, since, limit }) {
      const page = await client.ListEvents({ user_id: userId, room_id: roomId, since, limit });
      return { events: page.events.map(toTimelineEvent), hasMore: page.has_more, gap: page.gap, lastSeq: Number(page.last_seq) };
    },
    async eventsAfter(roomId, since, limit) {
      const page = await client.ListRoomEvents({ room_id: roomId, since, limit });
      return page.events.map(toEnvelope);
    },
    close: () => client.close(),
  };
}

export const toSocketMessage = (m: Message__Output): SocketMessage =>
  socketMessage({
    id: m.id,
    roomId: m.room_id,
    senderId: m.sender_id,
    content: m.content,
    contentType: m.content_type,
    files: m.files,
    nonce: m.nonce === '' ? null : m.nonce,
    seq: Number(m.seq),
    createdAt: m.created_at,
  });

function toTimelineEvent(e: RoomEvent__Output): TimelineEvent {
  return { type: e.type, seq: Number(e.seq), payload: JSON.parse(e.payload_json) as unknown };
}

/**
 * chat-core did not answer in time or the connection broke mid-call: the
 * send may have been committed or not. Saying "unavailable, try again" would
 * be a lie either way (a retry without the nonce could store it twice), so
 * the sender is told exactly that. (chat-core's own OUTCOME_UNKNOWN, a
 * COMMIT whose connection broke, passes through as it is.)
 */
function outcomeOf(error: unknown, hasNonce: boolean): unknown {
  if (!isDomainError(error) || !error.unanswered) return error;
  return new DomainError(
    'OUTCOME_UNKNOWN',
    hasNonce
      ? 'chat-core did not answer: the message may have been stored; resending it with the same nonce is safe'
      : 'chat-core did not answer: the message may have been stored; send with a nonce to make a resend safe',
  );
}

function toEnvelope(e: RoomEvent__Output): TimelineEnvelope {
  return {
    room: e.room_id,
    seq: Number(e.seq),
    type: e.type,
    payload: JSON.parse(e.payload_json) as Record<string, unknown>,
    actor: e.actor_id === '' ? null : e.actor_id,
    at: Date.parse(e.created_at),
  };
}
