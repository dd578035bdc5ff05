import type { FastifyPluginAsync, preHandlerHookHandler } from 'fastify';
import { isDomainError } from '@chat/common';
import type { AuthClient } from '@chat/grpc';
import type { User__Output } from '@chat/grpc/generated/chat/auth/v1/User.ts';

export interface AuthRoutesOptions {
  auth: AuthClient;
  authenticate: preHandlerHookHandler;
  /** Registrations per client IP per minute; 0: unlimited. */
  registerPerMinute: number;
  /** Logins per client IP per minute, whatever their outcome; 0: unlimited. */
  loginPerMinute: number;
}

// Loose on purpose: auth owns the rules (normalising, the password limits)
// and says what is wrong; the schema keeps out what is not even a string.
const credentials = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    password: { type: 'string', maxLength: 1024 },
  },
} as const;

const user = {
  type: 'object',
  required: ['_id', 'email', 'createdAt', 'updatedAt'],
  properties: {
    _id: { type: 'string' },
    email: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    displayName: { type: 'string' },
    avatarUrl: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  },
} as const;

const bearer = [{ bearer: [] }];

/** The tutorial's peers' shape of a user: Conduit's field names. */
const httpUser = (u: User__Output) => ({
  _id: u.id,
  email: u.email,
  createdAt: u.created_at,
  updatedAt: u.updated_at,
  displayName: u.display_name,
  avatarUrl: u.avatar_url || null,
});

const password = { type: 'string', minLength: 1, maxLength: 1024 } as const;
const ok = { 200: { type: 'object', properties: { result: { type: 'string' } } } } as const;

type App = Parameters<FastifyPluginAsync<AuthRoutesOptions>>[0];

/** Local authentication: register, log in, renew, log out, who am I, one's own profile and account. */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, options) => {
  // In this order: it is the OpenAPI description's.
  credentialRoutes(app, options);
  tokenRoutes(app, options);
  profileRoutes(app, options);
  accountRoutes(app, options);
};

/** Register and log in, each rate limited per client address. */
function credentialRoutes(app: App, { auth, registerPerMinute, loginPerMinute }: AuthRoutesOptions): void {
  app.post<{ Body: { email: string; password: string } }>('/authentication/local/new', {
    config: registerPerMinute > 0 ? { rateLimit: { max: registerPerMinute, timeWindow: 60_000 } } : {},
    schema: {
      tags: ['authentication'],
      summary: 'Register a user with email and password (8 to 128 characters, not one of the 10,000 most common)',
      body: credentials,
      response: { 200: { type: 'object', required: ['user'], properties: { user } } },
    },
  }, async (req) => ({ user: httpUser(await auth.Register({ email: req.body.email, password: req.body.password })) }));

  app.post<{ Body: { email: string; password: string } }>('/authentication/local', {
    // Besides auth's failure counts: a client trying many accounts, or flooding with good ones, is slowed down too.
    config: loginPerMinute > 0 ? { rateLimit: { max: loginPerMinute, timeWindow: 60_000, keyGenerator: (req) => `login:${req.ip}` } } : {},
    schema: {
      tags: ['authentication'],
      summary: 'Log in: an access token and a refresh token',
      body: credentials,
      response: {
        200: {
          type: 'object',
          required: ['userId', 'accessToken', 'refreshToken'],
          properties: { userId: { type: 'string' }, accessToken: { type: 'string' }, refreshToken: { type: 'string' } },
        },
      },
    },
  }, async (req) => {
    const session = await auth.Login({ email: req.body.email, password: req.body.password, client_ip: req.ip });
    return { userId: session.user_id, accessToken: session.access_token, refreshToken: session.refresh_token };
  });
}

/** Renew a session's tokens, and end it. */
function tokenRoutes(app: App, { auth, authenticate }: AuthRoutesOptions): void {
  app.post<{ Body: { refreshToken: string } }>('/authentication/renew', {
    schema: {
      tags: ['authentication'],
      summary: 'Exchange a refresh token for new tokens (each refresh token works once)',
      body: {
        type: 'object',
        required: ['refreshToken'],
        additionalProperties: false,
        properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 200 } },
      },
      response: {
        200: { type: 'object', required: ['accessToken', 'refreshToken'], properties: { accessToken: { type: 'string' }, refreshToken: { type: 'string' } } },
      },
    },
  }, async (req) => {
    const session = await auth.Renew({ refresh_token: req.body.refreshToken });
    return { accessToken: session.access_token, refreshToken: session.refresh_token };
  });

  app.post('/authentication/logout', {
    preHandler: authenticate,
    schema: {
      tags: ['authentication'],
      summary: "End the caller's session: its refresh tokens stop working",
      security: bearer,
      response: { 200: { type: 'object', required: ['result'], properties: { result: { type: 'string' } } } },
    },
  }, async (req) => {
    await auth.Logout({ user_id: req.user.id, session_id: req.user.sessionId });
    return { result: 'LoggedOut' };
  });
}

/** Who am I, and one's own profile. */
function profileRoutes(app: App, { auth, authenticate }: AuthRoutesOptions): void {
  app.get('/authentication/user', {
    preHandler: authenticate,
    schema: { tags: ['authentication'], summary: 'The calling user', security: bearer, response: { 200: user } },
  }, async (req) => httpUser(await auth.GetUser({ id: req.user.id })));

  app.patch<{ Body: { displayName?: string; avatarUrl?: string } }>('/authentication/user', {
    preHandler: authenticate,
    schema: {
      tags: ['authentication'],
      summary: "Change one's own profile: displayName (1 to 64 characters), avatarUrl (an https URL; empty removes it)",
      security: bearer,
      body: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { displayName: { type: 'string', minLength: 1, maxLength: 64 }, avatarUrl: { type: 'string', maxLength: 2048 } },
      },
      response: { 200: user },
    },
  }, async (req) =>
    httpUser(await auth.UpdateProfile({ user_id: req.user.id, display_name: req.body.displayName, avatar_url: req.body.avatarUrl })),
  );
}

/** One's own password, and deleting one's own account. */
function accountRoutes(app: App, { auth, authenticate }: AuthRoutesOptions): void {
  app.put<{ Body: { currentPassword: string; newPassword: string } }>('/authentication/password', {
    preHandler: authenticate,
    schema: {
      tags: ['authentication'],
      summary: 'Change the password: every other session ends (their sockets are closed); this one stays',
      security: bearer,
      body: {
        type: 'object',
        required: ['currentPassword', 'newPassword'],
        additionalProperties: false,
        properties: { currentPassword: password, newPassword: { type: 'string', maxLength: 1024 } },
      },
      response: ok,
    },
  }, async (req) => {
    await auth.ChangePassword({
      user_id: req.user.id,
      session_id: req.user.sessionId,
      current_password: req.body.currentPassword,
      new_password: req.body.newPassword,
    });
    return { result: 'Ok' };
  });

  app.delete<{ Body: { password: string } }>('/authentication/user', {
    preHandler: authenticate,
    schema: {
      tags: ['authentication'],
      summary: "Delete one's own account and every session, and leave every room; messages stay, shown as from a deleted user",
      security: bearer,
      body: { type: 'object', required: ['password'], additionalProperties: false, properties: { password } },
      response: ok,
    },
  }, async (req) => {
    const chat = app.chatClient;
    // Listed first: a failure here leaves the account as it was.
    const { room_ids } = await chat.ListUserRoomIds({ user_id: req.user.id });
    await auth.DeleteOwnAccount({ user_id: req.user.id, password: req.body.password });
    // Then out of every room, as an admin's deletion does, so members see them leave; the account is gone either way.
    for (const roomId of room_ids) {
      await chat.LeaveRoom({ user_id: req.user.id, room_id: roomId }).catch((error: unknown) => {
        if (!(isDomainError(error) && error.code === 'NOT_FOUND')) req.log.warn({ err: error, roomId }, 'a deleted account stays in a room');
      });
    }
    return { result: 'Ok' };
  });
}
