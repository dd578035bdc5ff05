import type { FastifyPluginAsync } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { eventSchema, httpEvent } from '../chat/chat-shapes.ts';
import type { AuditRecorder } from './audit-recorder.ts';
import { adminMessageSchema, emailsOf, httpAdminMessage, idParams, result, security } from './admin-shapes.ts';

export interface AdminMessagesRoutesOptions {
  auth: AuthClient;
  chat: ChatClient;
  audit: AuditRecorder;
}

const tags = ['admin: messages'];
const seq = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;

/** Any room's history and live feed, and deleting messages. */
export const adminMessagesRoutes: FastifyPluginAsync<AdminMessagesRoutesOptions> = async (app, { auth, chat, audit }) => {
  app.get<{ Params: { id: string }; Querystring: { limit: number; before?: number } }>('/rooms/:id/messages', {
    schema: {
      tags,
      summary: "A room's messages, newest first, with the sender's email; `before` pages back by seq",
      security,
      params: idParams,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 }, before: { ...seq, minimum: 1 } },
      },
      response: {
        200: {
          type: 'object',
          properties: { messages: { type: 'array', items: adminMessageSchema }, count: { type: 'integer' }, lastSeq: { type: 'integer' } },
        },
      },
    },
  }, async (req) => {
    const r = await chat.AdminListMessages({ room_id: req.params.id, limit: req.query.limit, before_seq: req.query.before ?? 0 });
    const emails = await emailsOf(auth, r.messages.map((m) => m.sender_id));
    return { messages: r.messages.map((m) => httpAdminMessage(m, emails)), count: Number(r.count), lastSeq: Number(r.last_seq) };
  });

  app.get<{ Params: { id: string }; Querystring: { since: number; limit: number } }>('/rooms/:id/events', {
    schema: {
      tags,
      summary: "The room's timeline after `since` (a seq), oldest first: the feed the panel polls for live changes",
      security,
      params: idParams,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { since: { ...seq, default: 0 }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            events: { type: 'array', items: eventSchema },
            hasMore: { type: 'boolean' },
            gap: { type: 'boolean' },
            lastSeq: { type: 'integer' },
          },
        },
      },
    },
  }, async (req) => {
    const r = await chat.AdminListEvents({ room_id: req.params.id, since: req.query.since, limit: req.query.limit });
    return { events: r.events.map(httpEvent), hasMore: r.has_more, gap: r.gap, lastSeq: Number(r.last_seq) };
  });

  app.delete<{ Params: { id: string } }>('/messages/:id', {
    schema: { tags, summary: "Delete anyone's message; the room's sockets get message-deleted", security, params: idParams, response: result },
  }, async (req) => {
    await chat.AdminDeleteMessage({ admin_id: req.admin.id, message_id: req.params.id });
    await audit(req, 'message.delete', req.params.id);
    return { result: 'Ok' };
  });
};
