import type { FastifyPluginAsync } from 'fastify';
import swaggerUi from '@fastify/swagger-ui';

/**
 * Swagger UI's page: its own scripts and styles (it sets inline styles as it
 * renders), images it draws as data: URLs, calls to this origin only ("Try
 * it out" against this gateway), never framed.
 */
export const DOCS_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Swagger UI at /documentation over the OpenAPI description the gateway
 * builds from its routes' schemas (also at /openapi.json). In a scope of its
 * own, so its CSP replaces the API's (helmet's, which loads nothing) on its
 * pages alone.
 */
export const apiDocumentation: FastifyPluginAsync = async (app) => {
  app.addHook('onSend', async (_req, reply) => {
    reply.header('content-security-policy', DOCS_CSP);
  });
  await app.register(swaggerUi, {
    routePrefix: '/documentation',
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false },
    // The page's own CSP is the hook's above.
    staticCSP: false,
  });
};
