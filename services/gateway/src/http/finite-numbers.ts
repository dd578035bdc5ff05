import fp from 'fastify-plugin';
import { invalid } from '@chat/common';

/** The path of the first number that is not finite, `''` for the value itself; undefined when there is none. */
export function nonFinitePath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFinitePath(item, path === '' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * ajv coerces the query string `limit=1e400` (or `Infinity`) to Infinity and
 * then skips `minimum` and `maximum`, which only test finite numbers: the
 * route would get a limit of Infinity (or a since of -Infinity) as if it had
 * been validated. Runs after validation, on what it produced, for every route.
 */
export const finiteNumbers = fp(
  async (app) => {
    app.addHook('preHandler', async (request) => {
      for (const [part, value] of [['querystring', request.query], ['params', request.params], ['body', request.body]] as const) {
        const path = nonFinitePath(value);
        if (path !== undefined) throw invalid(`${path === '' ? part : path}: must be a finite number`);
      }
    });
  },
  { name: 'finite-numbers' },
);
