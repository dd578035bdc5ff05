import fp from 'fastify-plugin';
import type { RouteOptions } from 'fastify';
import { ROUTE_CATALOG } from './route-catalog.ts';
import { exampleOf, type JsonSchema } from './schema-example.ts';

type RouteSchema = NonNullable<RouteOptions['schema']> & {
  hide?: boolean;
  tags?: string[];
  summary?: string;
  body?: JsonSchema;
  response?: Record<string, JsonSchema>;
};

/** `/chat/rooms/:id` → `chat`; `/admin/users` → `admin`. */
const tagOf = (url: string): string => url.split('/')[1] || 'gateway';

/** The schema with one example, unless it has its own; a copy, as route schemas are shared constants. */
const withExample = (schema: JsonSchema, example: unknown): JsonSchema =>
  schema.examples?.length ? schema : { ...schema, examples: [example ?? exampleOf(schema)] };

/**
 * Every documented route gets tags, a summary when the catalog has one, and
 * examples for its body and its 200 answer (hand-written in
 * route-catalog.ts, or built from the schema): what GET /openapi.json and
 * Swagger UI at /documentation show. Registered before the routes, as an
 * onRoute hook of the root, so it sees every one of them.
 */
export const routeDocs = fp(
  async (app) => {
    app.addHook('onRoute', (route) => {
      const schema = route.schema as RouteSchema | undefined;
      if (!schema || schema.hide) return;
      const method = Array.isArray(route.method) ? route.method[0] : route.method;
      const doc = ROUTE_CATALOG[`${method} ${route.url}`];
      schema.tags ??= doc?.tags ?? [tagOf(route.url)];
      if (schema.summary === undefined && doc?.summary) schema.summary = doc.summary;
      if (schema.body) schema.body = withExample(schema.body, doc?.body);
      const ok = schema.response?.['200'];
      if (schema.response && ok) schema.response = { ...schema.response, 200: withExample(ok, doc?.response) };
    });
  },
  { name: 'route-docs' },
);
