import type { FastifyPluginAsync, preHandlerHookHandler } from 'fastify';
import { notFound } from '@chat/common';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { uuid } from '../http/schema-fragments.ts';
import { presenceStoreOf } from './presence.ts';
import { httpProfile, presenceSchema, profileSchema } from './profiles.ts';

export interface PeopleRoutesOptions {
  auth: AuthClient;
  chat: ChatClient;
  authenticate: preHandlerHookHandler;
  /** Directory searches one user may make per minute; 0: unlimited. */
  searchesPerMinute: number;
}

const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id: uuid } } as const;
const result = { 200: { type: 'object', required: ['result'], properties: { result: { type: 'string' } } } } as const;
const users = { 200: { type: 'object', required: ['users'], properties: { users: { type: 'array', items: profileSchema } } } } as const;
const bearer = [{ bearer: [] }];

const userNotFound = () => notFound('user not found');

/**
 * Other people: their profiles, the directory and blocks. A profile is
 * visible to whoever shares a room with its user, or could find them in the
 * directory (not blocked by an admin, no block either way); to anyone else
 * the user does not exist. Emails are never shown to other users.
 */
export const peopleRoutes: FastifyPluginAsync<PeopleRoutesOptions> = async (app, { auth, chat, authenticate, searchesPerMinute }) => {
  app.addHook('preHandler', authenticate);
  const presence = presenceStoreOf(app);

  app.get<{ Querystring: { search: string; limit: number } }>('/users', {
    config: searchesPerMinute > 0 ? { rateLimit: { max: searchesPerMinute, timeWindow: 60_000, hook: 'preHandler', keyGenerator: (req) => `directory:${req.user.id}` } } : {},
    schema: {
      tags: ['people'],
      summary: 'The directory: users whose display name starts with `search` (any case) or whose email is exactly `search`; at most 20',
      security: bearer,
      querystring: {
        type: 'object',
        required: ['search'],
        additionalProperties: false,
        properties: { search: { type: 'string', minLength: 1, maxLength: 254 }, limit: { type: 'integer', minimum: 1, maximum: 20, default: 20 } },
      },
      response: users,
    },
  }, async (req) => {
    const found = await auth.SearchUsers({ user_id: req.user.id, search: req.query.search, limit: req.query.limit });
    return { users: found.users.map(httpProfile) };
  });

  app.get('/users/blocked', {
    schema: { tags: ['people'], summary: 'The users the caller blocked, newest block first', security: bearer, response: users },
  }, async (req) => ({ users: (await auth.ListBlocked({ id: req.user.id })).users.map(httpProfile) }));

  app.get<{ Params: { id: string } }>('/users/:id', {
    schema: {
      tags: ['people'],
      summary: 'A profile: of yourself, of someone you share a room with (with their presence), or of someone the directory would list for you',
      security: bearer,
      params: idParams,
      response: { 200: { ...profileSchema, properties: { ...profileSchema.properties, presence: presenceSchema } } },
    },
  }, async (req) => {
    const id = req.params.id.toLowerCase();
    const withPresence = async (user: Parameters<typeof httpProfile>[0]) => ({ ...httpProfile(user), presence: (await presence.states([id])).get(id)! });
    if (id === req.user.id) return withPresence(await auth.GetUser({ id }));
    const [user, shares] = await Promise.all([
      auth.GetUsers({ ids: [id] }).then((r) => r.users[0]),
      chat.SharesRoom({ user_id: req.user.id, other_id: id }),
    ]);
    if (!user) throw userNotFound();
    if (shares.shared) return withPresence(user);
    // Presence is for those who share a room: the directory tells who someone is, not when they are around.
    const discoverable = !user.blocked && !user.admin && (await auth.BlocksBetween({ user_id: req.user.id, other_ids: [id] })).user_ids.length === 0;
    if (!discoverable) throw userNotFound();
    return httpProfile(user);
  });

  app.put<{ Params: { id: string } }>('/users/:id/block', {
    schema: { tags: ['people'], summary: 'Block a user: they cannot add you to rooms nor open a direct room with you, and the directory hides each from the other', security: bearer, params: idParams, response: result },
  }, async (req) => {
    await auth.BlockUser({ user_id: req.user.id, other_id: req.params.id });
    return { result: 'Ok' };
  });

  app.delete<{ Params: { id: string } }>('/users/:id/block', {
    schema: { tags: ['people'], summary: 'Unblock a user (no error if they were not blocked)', security: bearer, params: idParams, response: result },
  }, async (req) => {
    await auth.UnblockUser({ user_id: req.user.id, other_id: req.params.id });
    return { result: 'Ok' };
  });
};
