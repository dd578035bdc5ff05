/** A JSON schema as the routes write them (a subset: what the examples need). */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  minimum?: number;
  default?: unknown;
  examples?: unknown[];
}

const ID = '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b';
const TIME = '2026-01-15T09:30:00.000Z';

/** A value for a field named `name`: ids look like ids, times like times. */
function leaf(name: string, schema: JsonSchema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return name === 'seq' || name.endsWith('Seq') ? 42 : Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'uuid' || name === '_id' || name.endsWith('Id') || ['room', 'creator', 'senderUser', 'sender', 'receiver', 'user'].includes(name)) return ID;
      if (schema.format === 'date-time' || name.endsWith('At')) return TIME;
      if (schema.format === 'email' || name === 'email') return 'ann@example.com';
      if (schema.format === 'uri' || name.endsWith('Url')) return 'https://example.com/a';
      return name || 'text';
    default:
      return null;
  }
}

/**
 * An example value built from a schema, for routes without a hand-written
 * one (docs/route-catalog.ts): Swagger UI and the OpenAPI description then
 * show a filled-in body for every route.
 */
export function exampleOf(schema: JsonSchema, name = ''): unknown {
  if (schema.examples?.length) return schema.examples[0];
  if (schema.anyOf?.length) return exampleOf(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0]!, name);
  if (schema.type === 'array') return schema.items ? [exampleOf(schema.items, name)] : [];
  if (schema.type === 'object' || schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, sub]) => [key, exampleOf(sub, key)]));
  }
  return leaf(name, schema);
}
