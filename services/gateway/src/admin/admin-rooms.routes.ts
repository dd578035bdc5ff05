import type { FastifyPluginAsync } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import type { AuditRecorder } from './audit-recorder.ts';
import { presenceStoreOf } from '../people/presence.ts';
import { idParams, roomCreationBody, userIds, uuid } from '../http/schema-fragments.ts';
import { httpRoomDetail, httpRoomSummary, pageQuery, peopleOf, result, roomDetailSchema, roomSummarySchema, security } from './admin-shapes.ts';

export interface AdminRoomsRoutesOptions {
  auth: AuthClient;
  chat: ChatClient;
  audit: AuditRecorder;
  /** Most user ids one request may name. */
  maxUsersPerRequest: number;
}

const tags = ['admin: rooms'];

/**
 * Rooms and their participants, across every room; changes reach the rooms'
 * sockets live. The two plugins, in this order, register the routes as the
 * one before them did (the OpenAPI document lists them so).
 */
export const adminRoomsRoutes: FastifyPluginAsync<AdminRoomsRoutesOptions> = async (app, options) => {
  app.register(roomsPlugin, options);
  app.register(participantsPlugin, options);
};

/** Listing, creating, reading and deleting rooms. */
const roomsPlugin: FastifyPluginAsync<AdminRoomsRoutesOptions> = async (app, { auth, chat, audit, maxUsersPerRequest }) => {
  const presence = presenceStoreOf(app);

  app.get<{ Querystring: { search?: string; skip: number; limit: number } }>('/rooms', {
    schema: {
      tags,
      summary: 'Rooms whose name contains `search`, newest first, with participant count and last activity',
      security,
      querystring: pageQuery(100, 20),
      response: { 200: { type: 'object', properties: { rooms: { type: 'array', items: roomSummarySchema }, count: { type: 'integer' } } } },
    },
  }, async (req) => {
    const r = await chat.ListAllRooms({ search: req.query.search ?? '', skip: req.query.skip, limit: req.query.limit });
    return { rooms: r.rooms.map(httpRoomSummary), count: Number(r.count) };
  });

  app.post<{ Body: { roomName: string; users: string[] } }>('/rooms', {
    schema: {
      tags,
      summary: 'Create a room with these users; the first one listed is recorded as its creator',
      security,
      body: roomCreationBody(maxUsersPerRequest),
      response: { 200: { type: 'object', properties: { roomId: { type: 'string' } } } },
    },
  }, async (req) => {
    const room = await chat.AdminCreateRoom({ admin_id: req.admin.id, name: req.body.roomName, user_ids: req.body.users });
    await audit(req, 'room.create', room.id, { name: room.name, users: room.participants });
    return { roomId: room.id };
  });

  app.get<{ Params: { id: string } }>('/rooms/:id', {
    schema: { tags, summary: 'A room with its participants: email, display name, role, presence', security, params: idParams, response: { 200: roomDetailSchema } },
  }, async (req) => {
    const room = await chat.AdminGetRoom({ admin_id: req.admin.id, room_id: req.params.id });
    const [people, states] = await Promise.all([peopleOf(auth, room.participants), presence.states(room.participants)]);
    return httpRoomDetail(room, { people, presence: states });
  });

  app.delete<{ Params: { id: string } }>('/rooms/:id', {
    schema: { tags, summary: 'Delete a room; its sockets get room-deleted', security, params: idParams, response: result },
  }, async (req) => {
    // Read first, so the record names the room it deleted.
    const room = await chat.AdminGetRoom({ admin_id: req.admin.id, room_id: req.params.id });
    await chat.AdminDeleteRoom({ admin_id: req.admin.id, room_id: room.id });
    await audit(req, 'room.delete', room.id, { name: room.name });
    return { result: 'Ok' };
  });

};

/** Adding and removing participants, and their role in the room. */
const participantsPlugin: FastifyPluginAsync<AdminRoomsRoutesOptions> = async (app, { chat, audit, maxUsersPerRequest }) => {
  const users = userIds(maxUsersPerRequest);

  app.put<{ Params: { id: string }; Body: { users: string[] } }>('/rooms/:id/participants', {
    schema: {
      tags,
      summary: 'Add users to a room at once (no invitation); their sockets join it',
      security,
      params: idParams,
      body: { type: 'object', required: ['users'], additionalProperties: false, properties: { users } },
      response: result,
    },
  }, async (req) => {
    await chat.AdminAddParticipants({ admin_id: req.admin.id, room_id: req.params.id, user_ids: req.body.users });
    await audit(req, 'room.add-participants', req.params.id, { users: req.body.users });
    return { result: 'Users added' };
  });

  app.delete<{ Params: { id: string; userId: string } }>('/rooms/:id/participants/:userId', {
    schema: {
      tags,
      summary: 'Remove a participant; the last one out deletes the room',
      security,
      params: { type: 'object', required: ['id', 'userId'], properties: { id: uuid, userId: uuid } },
      response: result,
    },
  }, async (req) => {
    await chat.AdminRemoveParticipant({ admin_id: req.admin.id, room_id: req.params.id, user_id: req.params.userId });
    await audit(req, 'room.remove-participant', req.params.id, { user: req.params.userId });
    return { result: 'Ok' };
  });

  app.put<{ Params: { id: string; userId: string }; Body: { role: 'admin' | 'member' } }>('/rooms/:id/participants/:userId', {
    schema: {
      tags,
      summary: "Make a participant an admin of the room, or a member again (never the owner's role): a member-role-changed event",
      security,
      params: { type: 'object', required: ['id', 'userId'], properties: { id: uuid, userId: uuid } },
      body: { type: 'object', required: ['role'], additionalProperties: false, properties: { role: { type: 'string', enum: ['admin', 'member'] } } },
      response: result,
    },
  }, async (req) => {
    await chat.AdminSetMemberRole({ admin_id: req.admin.id, room_id: req.params.id, user_id: req.params.userId, role: req.body.role });
    await audit(req, 'room.set-role', req.params.id, { user: req.params.userId, role: req.body.role });
    return { result: 'Ok' };
  });
};
