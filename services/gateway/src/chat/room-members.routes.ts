import type { FastifyPluginAsync, preHandlerHookHandler } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { presenceStoreOf } from '../people/presence.ts';
import { presenceSchema } from '../people/profiles.ts';
import { uuid } from '../http/schema-fragments.ts';
import { roomViews, roomViewSchema } from '../people/room-views.ts';
import { okResult } from './chat-params.ts';

export interface RoomMembersRoutesOptions {
  chat: ChatClient;
  auth: AuthClient;
  authenticate: preHandlerHookHandler;
}

const memberParams = {
  type: 'object',
  required: ['roomId', 'userId'],
  additionalProperties: false,
  properties: { roomId: uuid, userId: uuid },
} as const;
const bearer = [{ bearer: [] }];

type ScopeOptions = Omit<RoomMembersRoutesOptions, 'authenticate'>;

/**
 * Direct rooms and the powers within a room: the owner (its creator) and
 * admins rename and remove, the owner alone changes roles and whoCanAdd.
 * chat-core decides; a non-member hears 404 as for every room route. The
 * two plugins, in this order, register the routes as the one before them did.
 */
export const roomMembersRoutes: FastifyPluginAsync<RoomMembersRoutesOptions> = async (app, { chat, auth, authenticate }) => {
  app.addHook('preHandler', authenticate);
  app.register(roomPresenceRoutes, { chat, auth });
  app.register(roomPowersRoutes, { chat, auth });
};

/** Who of a room is around, and the direct room with someone. */
const roomPresenceRoutes: FastifyPluginAsync<ScopeOptions> = async (app, { chat }) => {
  const presence = presenceStoreOf(app);

  app.get<{ Params: { roomId: string } }>('/chat/rooms/:roomId/presence', {
    schema: {
      tags: ['chat'],
      summary: "The room's members, each online or offline with when they were last seen",
      security: bearer,
      params: { type: 'object', required: ['roomId'], additionalProperties: false, properties: { roomId: uuid } },
      response: {
        200: {
          type: 'object',
          required: ['members'],
          properties: {
            members: {
              type: 'array',
              items: { type: 'object', required: ['user', ...presenceSchema.required], properties: { user: { type: 'string' }, ...presenceSchema.properties } },
            },
          },
        },
      },
    },
  }, async (req) => {
    const room = await chat.GetRoom({ user_id: req.user.id, room_id: req.params.roomId });
    const states = await presence.states(room.participants);
    return { members: room.participants.map((user) => ({ user, ...states.get(user)! })) };
  });

  app.post<{ Params: { userId: string } }>('/chat/direct/:userId', {
    schema: {
      tags: ['chat'],
      summary: 'The direct room with a user: the same room for the same pair every time, made on first use',
      security: bearer,
      params: { type: 'object', required: ['userId'], additionalProperties: false, properties: { userId: uuid } },
      response: { 200: { type: 'object', required: ['roomId'], properties: { roomId: { type: 'string' } } } },
    },
  }, async (req) => ({ roomId: (await chat.OpenDirectRoom({ user_id: req.user.id, other_id: req.params.userId })).id }));
};

/** Renaming and settings, roles, removals. */
const roomPowersRoutes: FastifyPluginAsync<ScopeOptions> = async (app, { chat, auth }) => {

  app.patch<{ Params: { id: string }; Body: { name?: string; whoCanAdd?: 'members' | 'admins' } }>('/chat/rooms/:id', {
    schema: {
      tags: ['chat'],
      summary: 'Rename the room (owner, admins: a room-renamed event) or set who may add users (owner: room-settings-changed)',
      security: bearer,
      params: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: uuid } },
      body: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, whoCanAdd: { type: 'string', enum: ['members', 'admins'] } },
      },
      response: { 200: roomViewSchema },
    },
  }, async (req) => {
    const room = await chat.UpdateRoom({ user_id: req.user.id, room_id: req.params.id, name: req.body.name, who_can_add: req.body.whoCanAdd });
    return (await roomViews(auth, [room], req.user.id))[0];
  });

  app.put<{ Params: { roomId: string; userId: string }; Body: { role: 'admin' | 'member' } }>('/chat/rooms/:roomId/members/:userId', {
    schema: {
      tags: ['chat'],
      summary: "Make a member an admin, or an admin a member (the owner only): a member-role-changed event",
      security: bearer,
      params: memberParams,
      body: { type: 'object', required: ['role'], additionalProperties: false, properties: { role: { type: 'string', enum: ['admin', 'member'] } } },
      response: okResult,
    },
  }, async (req) => {
    await chat.SetMemberRole({ user_id: req.user.id, room_id: req.params.roomId, member_id: req.params.userId, role: req.body.role });
    return { result: 'Ok' };
  });

  app.delete<{ Params: { roomId: string; userId: string } }>('/chat/rooms/:roomId/members/:userId', {
    schema: {
      tags: ['chat'],
      summary: 'Remove a member (owner, admins; never the owner): a room-left event with `by`; their sockets stop receiving the room at once',
      security: bearer,
      params: memberParams,
      response: okResult,
    },
  }, async (req) => {
    await chat.RemoveMember({ user_id: req.user.id, room_id: req.params.roomId, member_id: req.params.userId });
    return { result: 'Ok' };
  });
};
