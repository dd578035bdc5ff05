import type { FastifyPluginAsync } from 'fastify';
import { forbidden, isDomainError } from '@chat/common';
import type { AuthClient, ChatClient } from '@chat/grpc';
import type { AuditRecorder } from './audit-recorder.ts';
import { idParams } from '../http/schema-fragments.ts';
import { adminUserSchema, httpAdminUser, pageQuery, result, security } from './admin-shapes.ts';

export interface AdminUsersRoutesOptions {
  auth: AuthClient;
  chat: ChatClient;
  audit: AuditRecorder;
}

const tags = ['admin: users'];
const userAnswer = { 200: { type: 'object', properties: { user: adminUserSchema } } } as const;

/** User accounts: list and search, create, block and unblock, delete. */
export const adminUsersRoutes: FastifyPluginAsync<AdminUsersRoutesOptions> = async (app, options) => {
  // In this order: it is the OpenAPI description's.
  userListRoutes(app, options);
  userChangeRoutes(app, options);
};

type App = Parameters<FastifyPluginAsync<AdminUsersRoutesOptions>>[0];

/** List and create users. */
function userListRoutes(app: App, { auth, audit }: AdminUsersRoutesOptions): void {
  app.get<{ Querystring: { search?: string; skip: number; limit: number } }>('/users', {
    schema: {
      tags,
      summary: 'Users whose email contains `search`, newest first',
      security,
      querystring: pageQuery(100, 20),
      response: { 200: { type: 'object', properties: { users: { type: 'array', items: adminUserSchema }, count: { type: 'integer' } } } },
    },
  }, async (req) => {
    const r = await auth.ListUsers({ search: req.query.search ?? '', skip: req.query.skip, limit: req.query.limit });
    return { users: r.users.map(httpAdminUser), count: Number(r.count) };
  });

  app.post<{ Body: { email: string; password: string } }>('/users', {
    schema: {
      tags,
      summary: 'Create a user (the rules of registration: a password of 8 to 128 characters, not one of the 10,000 most common)',
      security,
      body: {
        type: 'object',
        required: ['email', 'password'],
        additionalProperties: false,
        properties: { email: { type: 'string', format: 'email', maxLength: 254 }, password: { type: 'string', maxLength: 1024 } },
      },
      response: userAnswer,
    },
  }, async (req) => {
    const user = await auth.CreateUser({ email: req.body.email, password: req.body.password });
    await audit(req, 'user.create', user.id, { email: user.email });
    return { user: httpAdminUser(user) };
  });
}

/** Block, unblock and delete a user. */
function userChangeRoutes(app: App, { auth, chat, audit }: AdminUsersRoutesOptions): void {
  app.patch<{ Params: { id: string }; Body: { blocked: boolean } }>('/users/:id', {
    schema: {
      tags,
      summary: 'Block or unblock a user; blocking ends their sessions',
      security,
      params: idParams,
      body: { type: 'object', required: ['blocked'], additionalProperties: false, properties: { blocked: { type: 'boolean' } } },
      response: userAnswer,
    },
  }, async (req) => {
    const user = await auth.SetUserBlocked({ id: req.params.id, blocked: req.body.blocked });
    await audit(req, req.body.blocked ? 'user.block' : 'user.unblock', user.id, { email: user.email });
    return { user: httpAdminUser(user) };
  });

  app.delete<{ Params: { id: string } }>('/users/:id', {
    schema: {
      tags,
      summary: 'Delete a user: out of every room first (their sockets are told), then the account',
      security,
      params: idParams,
      response: result,
    },
  }, async (req) => {
    const user = await auth.GetUser({ id: req.params.id });
    // Checked before the rooms are touched; auth refuses it too.
    if (user.admin) throw forbidden('an admin account cannot be deleted here');
    // Rooms first: a retry after a failure here finds the account still there and finishes the job.
    const { room_ids } = await chat.ListUserRoomIds({ user_id: user.id });
    for (const roomId of room_ids) {
      await chat.AdminRemoveParticipant({ admin_id: req.admin.id, room_id: roomId, user_id: user.id }).catch((error: unknown) => {
        // Left or removed meanwhile: already what we want.
        if (!(isDomainError(error) && error.code === 'NOT_FOUND')) throw error;
      });
    }
    await auth.DeleteUser({ id: user.id });
    await audit(req, 'user.delete', user.id, { email: user.email, rooms: room_ids.length });
    return { result: 'Ok' };
  });
}
