import type { FastifyPluginAsync, preHandlerHookHandler } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { messageViews, messageViewSchema as messageSchema, roomViews, roomViewSchema as roomSchema } from '../people/room-views.ts';
import { eventSchema, httpEvent, httpInvitation, invitationSchema } from './chat-shapes.ts';

export interface ChatRoutesOptions {
  chat: ChatClient;
  /** Display names and avatars of the people in rooms and messages. */
  auth: AuthClient;
  authenticate: preHandlerHookHandler;
  /** Most user ids one request may name (room creation, addUsers). */
  maxUsersPerRequest: number;
  /** Rooms one user may create per minute; 0: unlimited. */
  roomsPerMinute: number;
}

const uuid = { type: 'string', format: 'uuid' } as const;
const roomParams = { type: 'object', required: ['roomId'], properties: { roomId: uuid } } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: uuid } } as const;
const result = { 200: { type: 'object', required: ['result'], properties: { result: { type: 'string' } } } } as const;
const page = {
  skip: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
} as const;
const seq = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;

/**
 * The tutorial's chat routes, byte for byte, and the reading routes of its
 * peers. Every route acts as the authenticated user; chat-core decides what
 * that user may see, answering 404 for rooms they are not in.
 */
export const chatRoutes: FastifyPluginAsync<ChatRoutesOptions> = async (app, { chat, auth, authenticate, maxUsersPerRequest, roomsPerMinute }) => {
  app.addHook('preHandler', authenticate);
  const users = {
    type: 'array',
    minItems: 1,
    maxItems: maxUsersPerRequest,
    items: uuid,
  } as const;

  app.post<{ Body: { roomName: string; users: string[] } }>('/chat/rooms', {
    // Per user, so it runs as a preHandler after `authenticate` (this scope's hook) has said who that is.
    config: roomsPerMinute > 0 ? { rateLimit: { max: roomsPerMinute, timeWindow: 60_000, hook: 'preHandler', keyGenerator: (req) => req.user.id } } : {},
    schema: {
      body: {
        type: 'object',
        required: ['roomName', 'users'],
        additionalProperties: false,
        properties: { roomName: { type: 'string', minLength: 1, maxLength: 200 }, users },
      },
      response: { 200: { type: 'object', required: ['roomId'], properties: { roomId: { type: 'string' } } } },
    },
  }, async (req) => {
    const room = await chat.CreateRoom({ user_id: req.user.id, name: req.body.roomName, user_ids: req.body.users });
    return { roomId: room.id };
  });

  app.put<{ Params: { roomId: string }; Body: { users: string[] } }>('/chat/rooms/:roomId/addUsers', {
    schema: {
      params: roomParams,
      body: { type: 'object', required: ['users'], additionalProperties: false, properties: { users } },
      response: result,
    },
  }, async (req) => {
    const { invited } = await chat.AddUsers({ user_id: req.user.id, room_id: req.params.roomId, user_ids: req.body.users });
    return { result: invited ? 'Invitations sent' : 'Users added' };
  });

  app.put<{ Params: { roomId: string } }>('/chat/leave/:roomId', { schema: { params: roomParams, response: result } }, async (req) => {
    await chat.LeaveRoom({ user_id: req.user.id, room_id: req.params.roomId });
    return { result: 'Ok' };
  });

  app.get<{ Querystring: { skip: number; limit: number } }>('/chat/rooms', {
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: page },
      response: { 200: { type: 'object', required: ['rooms', 'count'], properties: { rooms: { type: 'array', items: roomSchema }, count: { type: 'integer' } } } },
    },
  }, async (req) => {
    const { rooms, count } = await chat.ListRooms({ user_id: req.user.id, skip: req.query.skip, limit: req.query.limit });
    return { rooms: await roomViews(auth, rooms, req.user.id), count: Number(count) };
  });

  app.get<{ Params: { id: string } }>('/chat/rooms/:id', { schema: { params: idParams, response: { 200: roomSchema } } }, async (req) =>
    (await roomViews(auth, [await chat.GetRoom({ user_id: req.user.id, room_id: req.params.id })], req.user.id))[0],
  );

  app.get<{ Params: { roomId: string }; Querystring: { since: number; limit: number } }>('/chat/rooms/:roomId/events', {
    schema: {
      params: roomParams,
      querystring: {
        type: 'object',
        required: ['since'],
        additionalProperties: false,
        properties: { since: seq, limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
      },
      response: {
        200: {
          type: 'object',
          required: ['events', 'hasMore', 'gap', 'lastSeq'],
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
    const r = await chat.ListEvents({ user_id: req.user.id, room_id: req.params.roomId, since: req.query.since, limit: req.query.limit });
    return { events: r.events.map(httpEvent), hasMore: r.has_more, gap: r.gap, lastSeq: Number(r.last_seq) };
  });

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

  app.get<{ Querystring: { roomId?: string; skip: number; limit: number; before?: number; after?: number } }>('/chat/messages', {
    schema: {
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { roomId: uuid, ...page, before: seq, after: seq },
      },
      response: { 200: { type: 'object', required: ['messages', 'count'], properties: { messages: { type: 'array', items: messageSchema }, count: { type: 'integer' } } } },
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

  app.get<{ Params: { id: string } }>('/chat/messages/:id', { schema: { params: idParams, response: { 200: messageSchema } } }, async (req) =>
    (await messageViews(auth, [await chat.GetMessage({ user_id: req.user.id, message_id: req.params.id })]))[0],
  );

  app.put<{ Params: { id: string }; Body: { newMessage: string } }>('/chat/messages/:id', {
    schema: {
      params: idParams,
      body: {
        type: 'object',
        required: ['newMessage'],
        additionalProperties: false,
        properties: { newMessage: { type: 'string', minLength: 1 } },
      },
      response: { 200: messageSchema },
    },
  }, async (req) => (await messageViews(auth, [await chat.EditMessage({ user_id: req.user.id, message_id: req.params.id, content: req.body.newMessage })]))[0]);

  app.delete<{ Params: { id: string } }>('/chat/messages/:id', { schema: { params: idParams, response: result } }, async (req) => {
    await chat.DeleteMessage({ user_id: req.user.id, message_id: req.params.id });
    return { result: 'Ok' };
  });

  app.get('/chat/invitations', {
    schema: { response: { 200: { type: 'object', required: ['invitations'], properties: { invitations: { type: 'array', items: invitationSchema } } } } },
  }, async (req) => {
    const { invitations } = await chat.ListInvitations({ user_id: req.user.id });
    return { invitations: invitations.map(httpInvitation) };
  });

  app.put<{ Params: { id: string; answer: 'accept' | 'decline' } }>('/chat/invitations/:id/:answer', {
    schema: {
      params: {
        type: 'object',
        required: ['id', 'answer'],
        properties: { id: uuid, answer: { type: 'string', enum: ['accept', 'decline'] } },
      },
      response: result,
    },
  }, async (req) => {
    await chat.RespondInvitation({ user_id: req.user.id, invitation_id: req.params.id, accept: req.params.answer === 'accept' });
    return { result: 'Ok' };
  });

  app.delete<{ Params: { id: string } }>('/chat/invitations/:id', { schema: { params: idParams, response: result } }, async (req) => {
    await chat.CancelInvitation({ user_id: req.user.id, invitation_id: req.params.id });
    return { result: 'Ok' };
  });
};
