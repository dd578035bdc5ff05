import type { FastifyInstance } from 'fastify';
import { securityEvent, unauthenticated } from '@chat/common';
import type { AuthClient } from '@chat/grpc';
import { parseBearer } from '@chat/tokens';
import { masterKeyChecker } from './master-key.ts';
import type { MasterKeyLimiter } from './master-key-limiter.ts';

/** The admin making an admin API call, from a verified admin token whose session auth confirmed. */
export interface AdminCaller {
  id: string;
  sessionId: string;
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

export interface AdminGuardOptions {
  masterKey: string;
  limiter: MasterKeyLimiter;
  auth: Pick<AuthClient, 'CheckAdminSession'>;
}

/**
 * The checks every /admin API route runs, in onRequest so they come before
 * body parsing and validation: a caller without the master key learns
 * nothing about a route, not even what its body should look like. The
 * master key first (wrong ones counted per client IP), then the admin
 * token, then auth's word that its session is still open and its account
 * still an admin: a logout, a block or a demotion counts at the next call,
 * not when the token expires.
 */
export function installAdminGuard(app: FastifyInstance, { masterKey, limiter, auth }: AdminGuardOptions): void {
  const check = masterKeyChecker(masterKey);
  app.decorateRequest('admin', null as unknown as AdminCaller);
  app.addHook('onRequest', async (request) => {
    const verdict = check(request.headers.masterkey);
    if (verdict === 'missing') throw unauthenticated('missing masterkey header');
    const attempt = await limiter.begin(request.ip);
    if (verdict === 'wrong') {
      securityEvent(request.log, 'master_key_wrong', { clientIp: request.ip, method: request.method, route: request.routeOptions.url }, 'admin call with a wrong master key');
      throw unauthenticated('wrong master key');
    }
    await attempt.succeeded();
    if (request.routeOptions.config.adminSessionless) return;
    const token = parseBearer(request.headers.authorization);
    if (!token) throw unauthenticated('missing admin session: send Authorization: Bearer <token> from POST /admin/login');
    // A user's access token fails here ("not an admin token"): it never opens admin routes.
    const claims = await request.server.tokenVerifier.verifyAdmin(token);
    await auth.CheckAdminSession({ admin_id: claims.adminId, session_id: claims.sessionId });
    request.admin = { id: claims.adminId, sessionId: claims.sessionId };
  });
}
