import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '@chat/common';
import { parseBearer } from '@chat/tokens';
import { masterKeyChecker } from './master-key.ts';

/** The admin making an admin API call, from a verified admin token. */
export interface AdminCaller {
  id: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the admin guard on every admin route but login. */
    admin: AdminCaller;
  }
  interface FastifyContextConfig {
    /** An admin route that needs the master key but no admin session (login). */
    adminSessionless?: boolean;
  }
}

/**
 * The checks every /admin API route runs, in onRequest so they come before
 * body parsing and validation: a caller without the master key learns
 * nothing about a route, not even what its body should look like. The
 * master key first, then the admin session.
 */
export function installAdminGuard(app: FastifyInstance, masterKey: string): void {
  const check = masterKeyChecker(masterKey);
  app.decorateRequest('admin', null as unknown as AdminCaller);
  app.addHook('onRequest', async (request) => {
    const verdict = check(request.headers.masterkey);
    if (verdict === 'missing') throw unauthenticated('missing masterkey header');
    if (verdict === 'wrong') throw unauthenticated('wrong master key');
    if (request.routeOptions.config.adminSessionless) return;
    const token = parseBearer(request.headers.authorization);
    if (!token) throw unauthenticated('missing admin session: send Authorization: Bearer <token> from POST /admin/login');
    // A user's access token fails here ("not an admin token"): it never opens admin routes.
    const claims = await request.server.tokenVerifier.verifyAdmin(token);
    request.admin = { id: claims.adminId };
  });
}
