import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { PANEL_CSP } from '../http/security-headers.ts';

export interface AdminPanelOptions {
  /** The panel's build output (index.html and assets/). */
  dir: string;
}

// Vite names assets by content hash: a changed file is a new URL, so they may be cached for good.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The admin panel's page at /admin and /admin/, its files under /admin/….
 * No master key here: the page is public, its API calls carry the key. The
 * API's routes are static paths, which the router prefers to this scope's
 * wildcard, so no file can shadow them. The build is looked for once, at
 * start.
 */
export const adminPanel: FastifyPluginAsync<AdminPanelOptions> = async (app, { dir }) => {
  app.addHook('onSend', async (_req, reply) => {
    // Replaces the API's CSP (set by helmet for every answer): the page loads its own scripts and styles.
    reply.header('content-security-policy', PANEL_CSP);
  });

  if (!existsSync(join(dir, 'index.html'))) {
    const notBuilt = `The admin panel is not built (no ${join(dir, 'index.html')}): run \`pnpm --filter @chat/admin-panel build\`, then restart the gateway.\n`;
    for (const url of ['/admin', '/admin/', '/admin/*']) {
      app.get(url, { schema: { hide: true } }, (_req, reply) => reply.code(503).type('text/plain; charset=utf-8').send(notBuilt));
    }
    return;
  }

  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/admin/',
    index: ['index.html'],
    cacheControl: false,
    schemaHide: true,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.startsWith(join(dir, 'assets')) ? IMMUTABLE : 'no-cache');
    },
  });
  app.get('/admin', { schema: { hide: true } }, (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
};
