import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';

export interface DemoAppOptions {
  /** The demo page's build output (index.html and assets/); packages/demo-app/dist by default. */
  dir?: string;
}

/** Where `pnpm start` (scripts/start.ts) builds the page. */
export const DEMO_APP_DIST = fileURLToPath(new URL('../../../../packages/demo-app/dist', import.meta.url));

/**
 * The demo page's: its own files, calls to the API here and to the routers
 * (another port, so any http/ws origin: the page renders every text as
 * text, so this opens nothing to injection), no framing.
 */
export const DEMO_CSP =
  "default-src 'self'; connect-src 'self' http: https: ws: wss:; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The demo chat page (packages/demo-app, built on @chat/client) at /app/.
 * Like the admin panel (admin/admin-panel.ts): the build is looked for once,
 * at start; without one, /app/ says how to build it.
 */
export const demoApp: FastifyPluginAsync<DemoAppOptions> = async (app, { dir = DEMO_APP_DIST }) => {
  app.addHook('onSend', async (_req, reply) => {
    reply.header('content-security-policy', DEMO_CSP);
  });

  if (!existsSync(join(dir, 'index.html'))) {
    const notBuilt = `The demo chat page is not built (no ${join(dir, 'index.html')}): run \`pnpm build:demo\`, then restart the gateway.\n`;
    for (const url of ['/app', '/app/', '/app/*']) {
      app.get(url, { schema: { hide: true } }, (_req, reply) => reply.code(503).type('text/plain; charset=utf-8').send(notBuilt));
    }
    return;
  }

  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/app/',
    index: ['index.html'],
    cacheControl: false,
    schemaHide: true,
    // A second @fastify/static in the same app (the admin panel has one): its reply.sendFile is the panel's.
    decorateReply: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.startsWith(join(dir, 'assets')) ? IMMUTABLE : 'no-cache');
    },
  });
  app.get('/app', { schema: { hide: true } }, (_req, reply) => reply.redirect('/app/'));
};
