import type { FastifyPluginAsync } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { eventPageProperties, httpEventPage } from '../chat/chat-shapes.ts';
import { eventsLimit, idParams, limit, seq } from '../http/schema-fragments.ts';
import type { AuditRecorder } from './audit-recorder.ts';
import { adminMessageSchema, emailsOf, httpAdminMessage, result, security } from './admin-shapes.ts';

export interface AdminMessagesRoutesOptions {
  auth: AuthClient;
  chat: ChatClient;
  audit: AuditRecorder;
}

const tags = ['admin: messages'];

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
        properties: { limit: limit(100, 50), before: { ...seq, minimum: 1 } },
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
        properties: { since: { ...seq, default: 0 }, limit: eventsLimit },
      },
      response: { 200: { type: 'object', properties: eventPageProperties } },
    },
  }, async (req) => {
    return httpEventPage(await chat.AdminListEvents({ room_id: req.params.id, since: req.query.since, limit: req.query.limit }));
  });

  app.delete<{ Params: { id: string } }>('/messages/:id', {
    schema: { tags, summary: "Delete anyone's message; the room's sockets get message-deleted", security, params: idParams, response: result },
  }, async (req) => {
    await chat.AdminDeleteMessage({ admin_id: req.admin.id, message_id: req.params.id });
    await audit(req, 'message.delete', req.params.id);
    return { result: 'Ok' };
  });
};
