import type { FastifyPluginAsync, preHandlerHookHandler } from 'fastify';
import type { AuthClient } from '@chat/grpc';
import type { User__Output } from '@chat/grpc/generated/chat/auth/v1/User.ts';

export interface AuthRoutesOptions {
  auth: AuthClient;
  authenticate: preHandlerHookHandler;
  /** Registrations per client IP per minute; 0: unlimited. */
  registerPerMinute: number;
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
  },
} as const;

const bearer = [{ bearer: [] }];

/** The tutorial's peers' shape of a user: Conduit's field names. */
const httpUser = (u: User__Output) => ({ _id: u.id, email: u.email, createdAt: u.created_at, updatedAt: u.updated_at });

/** Local authentication: register, log in, renew, log out, who am I. */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, { auth, authenticate, registerPerMinute }) => {
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

  app.get('/authentication/user', {
    preHandler: authenticate,
    schema: { tags: ['authentication'], summary: 'The calling user', security: bearer, response: { 200: user } },
  }, async (req) => httpUser(await auth.GetUser({ id: req.user.id })));
};
