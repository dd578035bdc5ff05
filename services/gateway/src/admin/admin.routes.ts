import type { FastifyPluginAsync } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { installAdminGuard } from './admin-guard.ts';
import type { MasterKeyLimiter } from './master-key-limiter.ts';
import { adminMessagesRoutes } from './admin-messages.routes.ts';
import { adminRetentionRoutes } from './admin-retention.routes.ts';
import { adminRoomsRoutes } from './admin-rooms.routes.ts';
import { adminSystemRoutes, type AdminSystemRoutesOptions } from './admin-system.routes.ts';
import { limit, skip } from '../http/schema-fragments.ts';
import { auditEntrySchema, httpAuditEntry, security } from './admin-shapes.ts';
import { adminUsersRoutes } from './admin-users.routes.ts';
import { auditRecorder } from './audit-recorder.ts';

export interface AdminRoutesOptions {
  auth: AuthClient;
  chat: ChatClient;
  masterKey: string;
  masterKeyLimiter: MasterKeyLimiter;
  maxUsersPerRequest: number;
  /** The live system page's sources. */
  system: AdminSystemRoutesOptions;
}

/**
 * The admin API (docs/ADMIN_API.md), registered with the /admin prefix. Its
 * guard covers every route of this scope and of the plugins registered in
 * it, and nothing outside: the panel's static files are another scope.
 */
export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, { auth, chat, masterKey, masterKeyLimiter, maxUsersPerRequest, system }) => {
  installAdminGuard(app, { masterKey, limiter: masterKeyLimiter, auth });
  const audit = auditRecorder(auth);

  app.post<{ Body: { email: string; password: string } }>('/login', {
    config: { adminSessionless: true },
    schema: {
      tags: ['admin'],
      summary: 'Admin credentials (and the masterkey header) → an admin token for the other admin routes, valid at most an hour',
      security: [{ masterkey: [] }],
      body: {
        type: 'object',
        required: ['email', 'password'],
        additionalProperties: false,
        properties: { email: { type: 'string', format: 'email', maxLength: 254 }, password: { type: 'string', maxLength: 1024 } },
      },
      response: { 200: { type: 'object', properties: { token: { type: 'string' }, expiresIn: { type: 'integer' } } } },
    },
  }, async (req) => {
    const session = await auth.AdminLogin({ email: req.body.email, password: req.body.password, client_ip: req.ip });
    return { token: session.token, expiresIn: session.expires_in };
  });

  app.post('/logout', {
    schema: {
      tags: ['admin'],
      summary: "End the caller's admin session: its token is refused from then on",
      security,
      response: { 200: { type: 'object', properties: { result: { type: 'string' } } } },
    },
  }, async (req) => {
    await auth.AdminLogout({ admin_id: req.admin.id, session_id: req.admin.sessionId });
    return { result: 'LoggedOut' };
  });

  app.get<{ Querystring: { skip: number; limit: number } }>('/audit', {
    schema: {
      tags: ['admin'],
      summary: 'What admins did, newest first',
      security,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { skip, limit: limit(200, 50) },
      },
      response: { 200: { type: 'object', properties: { entries: { type: 'array', items: auditEntrySchema }, count: { type: 'integer' } } } },
    },
  }, async (req) => {
    const r = await auth.ListAudit({ skip: req.query.skip, limit: req.query.limit });
    return { entries: r.entries.map(httpAuditEntry), count: Number(r.count) };
  });

  app.register(adminUsersRoutes, { auth, chat, audit });
  app.register(adminRoomsRoutes, { auth, chat, audit, maxUsersPerRequest });
  app.register(adminMessagesRoutes, { auth, chat, audit });
  app.register(adminRetentionRoutes, { chat, audit });
  app.register(adminSystemRoutes, system);
};
