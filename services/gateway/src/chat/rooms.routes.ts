import type { FastifyPluginAsync } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { idParams, limit, roomCreationBody, skip, userIds } from '../http/schema-fragments.ts';
import { roomViews, roomViewSchema } from '../people/room-views.ts';
import { okResult, roomParams } from './chat-params.ts';

export interface RoomsRoutesOptions {
  chat: ChatClient;
  /** Display names and avatars of the people in rooms. */
  auth: AuthClient;
  /** Most user ids one request may name (room creation, addUsers). */
  maxUsersPerRequest: number;
  /** Rooms one user may create per minute; 0: unlimited. */
  roomsPerMinute: number;
}

/** The tutorial's room routes: create, add users, leave; and the caller's rooms. */
export const roomsRoutes: FastifyPluginAsync<RoomsRoutesOptions> = async (app, { chat, auth, maxUsersPerRequest, roomsPerMinute }) => {
  app.post<{ Body: { roomName: string; users: string[] } }>('/chat/rooms', {
    // Per user, so it runs as a preHandler after `authenticate` (the enclosing scope's hook) has said who that is.
    config: roomsPerMinute > 0 ? { rateLimit: { max: roomsPerMinute, timeWindow: 60_000, hook: 'preHandler', keyGenerator: (req) => req.user.id } } : {},
    schema: {
      body: roomCreationBody(maxUsersPerRequest),
      response: { 200: { type: 'object', required: ['roomId'], properties: { roomId: { type: 'string' } } } },
    },
  }, async (req) => {
    const room = await chat.CreateRoom({ user_id: req.user.id, name: req.body.roomName, user_ids: req.body.users });
    return { roomId: room.id };
  });

  app.put<{ Params: { roomId: string }; Body: { users: string[] } }>('/chat/rooms/:roomId/addUsers', {
    schema: {
      params: roomParams,
      body: { type: 'object', required: ['users'], additionalProperties: false, properties: { users: userIds(maxUsersPerRequest) } },
      response: okResult,
    },
  }, async (req) => {
    const { invited } = await chat.AddUsers({ user_id: req.user.id, room_id: req.params.roomId, user_ids: req.body.users });
    return { result: invited ? 'Invitations sent' : 'Users added' };
  });

  app.put<{ Params: { roomId: string } }>('/chat/leave/:roomId', { schema: { params: roomParams, response: okResult } }, async (req) => {
    await chat.LeaveRoom({ user_id: req.user.id, room_id: req.params.roomId });
    return { result: 'Ok' };
  });

  app.get<{ Querystring: { skip: number; limit: number } }>('/chat/rooms', {
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: { skip, limit: limit(100, 20) } },
      response: { 200: { type: 'object', required: ['rooms', 'count'], properties: { rooms: { type: 'array', items: roomViewSchema }, count: { type: 'integer' } } } },
    },
  }, async (req) => {
    const { rooms, count } = await chat.ListRooms({ user_id: req.user.id, skip: req.query.skip, limit: req.query.limit });
    return { rooms: await roomViews(auth, rooms, req.user.id), count: Number(count) };
  });

  app.get<{ Params: { id: string } }>('/chat/rooms/:id', { schema: { params: idParams, response: { 200: roomViewSchema } } }, async (req) =>
    (await roomViews(auth, [await chat.GetRoom({ user_id: req.user.id, room_id: req.params.id })], req.user.id))[0],
  );
};
