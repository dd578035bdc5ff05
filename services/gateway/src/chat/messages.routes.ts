import type { FastifyPluginAsync } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { idParams, limit, seq, skip, uuid } from '../http/schema-fragments.ts';
import { messageViews, messageViewSchema } from '../people/room-views.ts';
import { okResult } from './chat-params.ts';

export interface MessagesRoutesOptions {
  chat: ChatClient;
  /** Display names and avatars of the senders. */
  auth: AuthClient;
}

/** A member's history (by page or by seq cursor), and editing or deleting their own messages. Sending is the socket's. */
export const messagesRoutes: FastifyPluginAsync<MessagesRoutesOptions> = async (app, { chat, auth }) => {
  app.get<{ Querystring: { roomId?: string; skip: number; limit: number; before?: number; after?: number } }>('/chat/messages', {
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: { roomId: uuid, skip, limit: limit(100, 20), before: seq, after: seq } },
      response: { 200: { type: 'object', required: ['messages', 'count'], properties: { messages: { type: 'array', items: messageViewSchema }, count: { type: 'integer' } } } },
    },
  }, async (req) => {
    const q = req.query;
    const r = await chat.ListMessages({
      user_id: req.user.id,
      room_id: q.roomId ?? '',
      skip: q.skip,
      limit: q.limit,
      before_seq: q.before ?? 0,
      after_seq: q.after ?? 0,
    });
    return { messages: await messageViews(auth, r.messages), count: Number(r.count) };
  });

  app.get<{ Params: { id: string } }>('/chat/messages/:id', { schema: { params: idParams, response: { 200: messageViewSchema } } }, async (req) =>
    (await messageViews(auth, [await chat.GetMessage({ user_id: req.user.id, message_id: req.params.id })]))[0],
  );

  app.put<{ Params: { id: string }; Body: { newMessage: string } }>('/chat/messages/:id', {
    schema: {
      params: idParams,
      body: { type: 'object', required: ['newMessage'], additionalProperties: false, properties: { newMessage: { type: 'string', minLength: 1 } } },
      response: { 200: messageViewSchema },
    },
  }, async (req) => (await messageViews(auth, [await chat.EditMessage({ user_id: req.user.id, message_id: req.params.id, content: req.body.newMessage })]))[0]);

  app.delete<{ Params: { id: string } }>('/chat/messages/:id', { schema: { params: idParams, response: okResult } }, async (req) => {
    await chat.DeleteMessage({ user_id: req.user.id, message_id: req.params.id });
    return { result: 'Ok' };
  });
};
