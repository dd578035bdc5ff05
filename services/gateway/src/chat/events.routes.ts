import type { FastifyPluginAsync } from 'fastify';
import type { ChatClient } from '@chat/grpc';
import { eventsLimit, seq } from '../http/schema-fragments.ts';
import { roomParams } from './chat-params.ts';
import { eventPageProperties, httpEventPage } from './chat-shapes.ts';

export interface EventsRoutesOptions {
  chat: ChatClient;
}

/** A room's timeline as a member reads it: every event after a seq (catching up), and the member's read marker. */
export const eventsRoutes: FastifyPluginAsync<EventsRoutesOptions> = async (app, { chat }) => {
  app.get<{ Params: { roomId: string }; Querystring: { since: number; limit: number } }>('/chat/rooms/:roomId/events', {
    schema: {
      params: roomParams,
      querystring: { type: 'object', required: ['since'], additionalProperties: false, properties: { since: seq, limit: eventsLimit } },
      response: { 200: { type: 'object', required: ['events', 'hasMore', 'gap', 'lastSeq'], properties: eventPageProperties } },
    },
  }, async (req) =>
    httpEventPage(await chat.ListEvents({ user_id: req.user.id, room_id: req.params.roomId, since: req.query.since, limit: req.query.limit })),
  );

  app.post<{ Params: { roomId: string }; Body: { seq?: number } | undefined }>('/chat/rooms/:roomId/read', {
    schema: {
      params: roomParams,
      body: { type: 'object', additionalProperties: false, properties: { seq } },
      response: { 200: { type: 'object', required: ['lastReadSeq'], properties: { lastReadSeq: { type: 'integer' } } } },
    },
  }, async (req) => {
    const r = await chat.MarkRead({ user_id: req.user.id, room_id: req.params.roomId, seq: req.body?.seq ?? 0 });
    return { lastReadSeq: Number(r.last_read_seq) };
  });
};
