import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { collectProcessMetrics, createLogger, DomainError, type Logger } from '@chat/common';
import { adminPanel } from './admin/admin-panel.ts';
import { createMasterKeyLimiter } from './admin/master-key-limiter.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { adminWebhooksRoutes } from './admin/admin-webhooks.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { authenticate, requestUser } from './auth/authenticate.ts';
import { chatRoutes } from './chat/chat.routes.ts';
import { demoApp } from './demo/demo-app.ts';
import { apiDocumentation } from './docs/api-documentation.ts';
import { routeDocs } from './docs/route-docs.ts';
import { roomMembersRoutes } from './chat/room-members.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';
import type { GatewayConfig } from './config.ts';
import { healthRoutes } from './health/health.routes.ts';
import { finiteNumbers } from './http/finite-numbers.ts';
import { httpMetrics } from './metrics/http-metrics.ts';
import { httpTracing } from './tracing/http-tracing.ts';
import { clientErrorHandler, frameworkErrors, httpErrors } from './http/http-errors.ts';
import { jsonBody } from './http/json-body.ts';
import { windowStore } from './http/rate-limit-store.ts';
import { API_HELMET } from './http/security-headers.ts';
import { fastifyTrustProxy } from './http/trust-proxy.ts';
import { grpcClients } from './plugins/grpc-clients.ts';
import { redis } from './plugins/redis.ts';
import { tokenVerifier } from './plugins/token-verifier.ts';

export interface AppDeps {
  config: GatewayConfig;
  log?: Logger;
}

/**
 * The gateway without a listening socket (tests use `app.inject()`); `start`
 * listens. Dependencies first, each a plugin that closes itself in onClose,
 * then the error shape, then one line per context's routes.
 */
export function buildApp({ config, log = createLogger('gateway', config.logLevel) }: AppDeps): FastifyInstance {
  const loggerInstance: FastifyBaseLogger = log;
  const app = Fastify({
    loggerInstance,
    bodyLimit: config.http.bodyLimit,
    trustProxy: fastifyTrustProxy(config.http.trustProxy),
    frameworkErrors,
    clientErrorHandler,
  });
  for (const warning of config.warnings) log.warn(warning);
  collectProcessMetrics();
  app.register(httpTracing); // before every other hook, so they run in the request's span (tracing on only)
  // First, so its onResponse hook sees every route's answers.
  app.register(httpMetrics, { access: config.metrics });

  app.register(grpcClients, { authGrpcUrl: config.authGrpcUrl, chatGrpcUrl: config.chatGrpcUrl, deadlineMs: config.grpcDeadlineMs });
  app.register(redis, config.redis);
  app.register(tokenVerifier);
  app.register(requestUser);
  // Security headers on every answer; the admin panel's pages get their own CSP (admin-panel.ts).
  app.register(helmet, API_HELMET);
  app.register(jsonBody);
  app.register(httpErrors, { bodyLimit: config.http.bodyLimit });
  app.register(finiteNumbers);
  // Per-route limits only (routes opt in with `config.rateLimit`), shared by every gateway through Redis
  // (in this process's memory in single-node mode).
  app.register(rateLimit, (parent) => ({
    global: false,
    store: windowStore(parent.windows, `${config.redis.prefix}:gateway:rate-limit:`),
    // Redis away: the store answers UNAVAILABLE (503) rather than let requests through unthrottled.
    skipOnError: false,
    errorResponseBuilder: (_req, ctx) =>
      new DomainError('RESOURCE_EXHAUSTED', `too many requests, try again in ${ctx.after}`, Math.ceil(ctx.ttl / 1000)),
  }));
  app.register(swagger, {
    openapi: {
      info: { title: 'chat gateway', version: '1.0.0', description: 'The public HTTP API of the chat backend.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          masterkey: { type: 'apiKey', in: 'header', name: 'masterkey' },
        },
      },
    },
  });
  // Tags, summaries and examples for every route (docs/route-catalog.ts): before the routes, which it sees as they register.
  app.register(routeDocs);
  app.register(apiDocumentation);

  // ── Routes: one line per bounded context. ────────────────────────────────
  app.register(authRoutes, (parent) => ({
    auth: parent.authClient,
    authenticate,
    registerPerMinute: config.rateLimits.registerPerMinute,
    loginPerMinute: config.rateLimits.loginPerMinute,
  }));
  app.register(healthRoutes, (parent) => ({ auth: parent.authClient, chat: parent.chatClient, redis: parent.redis }));
  app.register(chatRoutes, (parent) => ({
    chat: parent.chatClient,
    auth: parent.authClient,
    authenticate,
    maxUsersPerRequest: config.limits.maxUsersPerRequest,
    roomsPerMinute: config.rateLimits.roomsPerMinute,
  }));
  app.register(roomMembersRoutes, (parent) => ({ chat: parent.chatClient, auth: parent.authClient, authenticate }));
  app.register(peopleRoutes, (parent) => ({
    auth: parent.authClient,
    chat: parent.chatClient,
    authenticate,
    searchesPerMinute: config.rateLimits.directorySearchesPerMinute,
  }));
  // Fastify ignores a prefix returned by an options function: the scope carries it instead.
  app.register(
    async (scope) =>
      scope.register(adminRoutes, {
        auth: scope.authClient,
        chat: scope.chatClient,
        masterKey: config.admin.masterKey,
        masterKeyLimiter: createMasterKeyLimiter(scope.windows, config.redis.prefix, config.admin.masterKeyLimit, log),
        maxUsersPerRequest: config.limits.maxUsersPerRequest,
        system: { targets: config.admin.metricsTargets, access: config.metrics },
      }),
    { prefix: '/admin' },
  );
  app.register(
    async (scope) =>
      scope.register(adminWebhooksRoutes, {
        auth: scope.authClient,
        chatGrpcUrl: config.chatGrpcUrl,
        deadlineMs: config.grpcDeadlineMs,
        masterKey: config.admin.masterKey,
        masterKeyLimiter: createMasterKeyLimiter(scope.windows, config.redis.prefix, config.admin.masterKeyLimit, log),
      }),
    { prefix: '/admin' },
  );
  app.register(adminPanel, { dir: config.admin.panelDir });
  app.register(demoApp);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
