import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthenticated } from '@chat/common';
import { parseBearer } from '@chat/tokens';

/** Who is calling, from a verified access token. */
export interface AuthUser {
  id: string;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `authenticate`; only routes that run it may read it. */
    user: AuthUser;
  }
}

/**
 * preHandler for every route acting as a user: a missing, malformed,
 * expired or forged token answers 401 saying which. The token may be written
 * in quotes (`Bearer "token" `), as the tutorial does. The tutorial's
 * `masterkey` header on user routes is accepted and ignored.
 */
export async function authenticate(request: FastifyRequest): Promise<void> {
  const token = parseBearer(request.headers.authorization);
  if (!token) throw unauthenticated('missing access token: send Authorization: Bearer <accessToken>');
  const claims = await request.server.tokenVerifier.verify(token);
  request.user = { id: claims.userId, sessionId: claims.sessionId };
}

/** Declares `request.user` once, so Fastify keeps one request shape. */
export const requestUser = fp(
  async (app) => {
    app.decorateRequest('user', null as unknown as AuthUser);
  },
  { name: 'request-user' },
);
