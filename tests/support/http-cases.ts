import fc from 'fast-check';
import { hostileString, longString, pollutingObject, PROTOTYPE_KEYS } from './hostile.ts';

/** The part of JSON Schema the gateway's routes use. */
export interface JsonSchema {
  type?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface Param {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export type Access = 'public' | 'user' | 'admin' | 'masterkey';

/** One documented route, read from the gateway's own OpenAPI description. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI form: `/chat/rooms/{roomId}/addUsers`. */
  path: string;
  params: Param[];
  body: JsonSchema | undefined;
  access: Access;
}

/** A request, before it is sent: the path's parameters filled in and encoded. */
export interface HttpCase {
  method: Operation['method'];
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body: string | undefined;
  /** What was done to the valid request, for the failure report. */
  what: string[];
}

/** A change to a request; fast-check prints it by its label in a counterexample. */
export interface Mutation {
  (c: HttpCase): HttpCase;
  [fc.toStringMethod]?: () => string;
}

export function named(label: string, apply: (c: HttpCase) => HttpCase): Mutation {
  const mutation: Mutation = (c) => {
    const next = apply(c);
    return { ...next, what: [...next.what, label] };
  };
  mutation[fc.toStringMethod] = () => label;
  return mutation;
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
}

/** Admin routes need the master key and an admin token (login: the key alone); /chat, /users and the session routes a user's token. */
function accessOf(path: string): Access {
  if (path === '/admin/login') return 'masterkey';
  if (path.startsWith('/admin/')) return 'admin';
  if (path.startsWith('/chat/') || path === '/users' || path.startsWith('/users/')) return 'user';
  if (path === '/authentication/logout' || path === '/authentication/user' || path === '/authentication/password') return 'user';
  return 'public';
}

export function operationsOf(api: OpenApi): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(api.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
        access: accessOf(path),
      });
    }
  }
  return operations;
}

// ajv-formats' own patterns: a value is "invalid" here only if the gateway's validator would refuse it.
const AJV_UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const AJV_EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Would ajv (with Fastify's `coerceTypes: 'array'`) turn this string into a valid integer? */
const coercesToInteger = (s: string) => s !== '' && Number(s) === Number(s) && Number.isInteger(Number(s));

const inRange = (schema: JsonSchema, n: number) =>
  (schema.minimum === undefined || n >= schema.minimum) && (schema.maximum === undefined || n <= schema.maximum);

/** Strings a string schema refuses (its format, enum and length rules), if it has such rules. */
function badStrings(schema: JsonSchema): fc.Arbitrary<string>[] {
  const out: fc.Arbitrary<string>[] = [];
  if (schema.format === 'uuid') out.push(hostileString.filter((s) => !AJV_UUID.test(s)));
  if (schema.format === 'email') out.push(hostileString.filter((s) => !AJV_EMAIL.test(s)));
  if (schema.enum) out.push(hostileString.filter((s) => !schema.enum!.includes(s)));
  if (schema.maxLength !== undefined) out.push(longString(schema.maxLength + 1, Math.max(schema.maxLength * 4, 2000)));
  if ((schema.minLength ?? 0) >= 1) out.push(fc.constant(''));
  return out;
}

/** Strings that never coerce to a valid integer of this schema: text, fractions, out-of-range and huge numbers. */
function badIntegerStrings(schema: JsonSchema): fc.Arbitrary<string> {
  return fc.oneof(
    hostileString.filter((s) => !coercesToInteger(s) || !inRange(schema, Number(s))),
    fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }).map(String),
    fc.constantFrom('1e400', '99999999999999999999999', '-0.5', '0x10', '1_000', 'Infinity', ' ', '1 1'),
    ...(schema.minimum !== undefined ? [fc.integer({ min: -1e15, max: schema.minimum - 1 }).map(String)] : []),
    ...(schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER
      ? [fc.integer({ min: schema.maximum + 1, max: Number.MAX_SAFE_INTEGER }).map(String)]
      : []),
  ).filter((s) => !coercesToInteger(s) || !inRange(schema, Number(s)));
}

/** Objects, and arrays of any length but one (ajv unwraps a one-element array into a scalar). */
const notAScalar = fc.oneof(
  fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  pollutingObject,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }).filter((a) => a.length !== 1),
);

/** JSON values the schema refuses however Fastify coerces them; undefined when nothing is certain to be refused. */
export function invalidJsonValue(schema: JsonSchema): fc.Arbitrary<unknown> | undefined {
  switch (schema.type) {
    case 'string': {
      const nulls = (schema.minLength ?? 0) >= 1 || schema.format || schema.enum ? [fc.constant(null)] : [];
      return fc.oneof(notAScalar, ...badStrings(schema), ...nulls);
    }
    case 'integer':
      return fc.oneof(
        notAScalar,
        badIntegerStrings(schema),
        fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
        ...(schema.minimum !== undefined ? [fc.integer({ min: -1e15, max: schema.minimum - 1 })] : []),
        ...(schema.maximum !== undefined ? [fc.constant(schema.maximum + 1), fc.constant(1e300)] : []),
      );
    case 'boolean':
      return fc.oneof(notAScalar, hostileString.filter((s) => s !== 'true' && s !== 'false'), fc.integer().filter((n) => n !== 0 && n !== 1));
    case 'array': {
      const items = schema.items ? invalidJsonValue(schema.items) : undefined;
      return fc.oneof(
        fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
        ...((schema.minItems ?? 0) >= 1 ? [fc.constant([])] : []),
        ...(schema.maxItems !== undefined
          ? [fc.integer({ min: schema.maxItems + 1, max: Math.max(schema.maxItems * 2, 10_000) }).map((n) => Array.from({ length: n }, () => '00000000-0000-4000-8000-000000000000'))]
          : []),
        ...(items ? [fc.tuple(fc.array(fc.constant('00000000-0000-4000-8000-000000000000'), { maxLength: 3 }), items).map(([good, bad]) => [...good, bad])] : []),
      );
    }
    case 'object':
      return fc.oneof(fc.jsonValue({ maxDepth: 1 }).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)));
    default:
      return undefined;
  }
}

/** Query values (always strings on the wire) the schema refuses. */
export function invalidQueryValue(schema: JsonSchema): fc.Arbitrary<string> | undefined {
  switch (schema.type) {
    case 'integer':
      return badIntegerStrings(schema);
    case 'string': {
      const bad = badStrings(schema);
      return bad.length > 0 ? fc.oneof(...bad) : undefined;
    }
    default:
      return undefined;
  }
}

/** Every byte percent-encoded, so any string (lone surrogates too) can stand in a path segment. */
export const encodeSegment = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** Printable ASCII: what an HTTP client can put in a header at all. */
export const headerSafe = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });

/** Unknown fields and query parameters: never a reason to accept a request the rest of refuses. */
export function noise(op: Operation): fc.Arbitrary<Mutation> {
  const declared = new Set([...op.params.map((p) => p.name), ...Object.keys(op.body?.properties ?? {})]);
  const name = fc.oneof(hostileString, fc.constantFrom(...PROTOTYPE_KEYS)).filter((n) => n !== '' && !declared.has(n) && n !== '__proto__');
  return fc
    .record({ query: fc.array(fc.tuple(name, hostileString), { maxLength: 3 }), fields: fc.array(fc.tuple(name, fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }) })
    .map(({ query, fields }) => {
      const mutation: Mutation = (c: HttpCase) => {
      let body = c.body;
      if (body !== undefined && fields.length > 0) {
        try {
          const parsed = JSON.parse(body) as unknown;
          if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
            body = JSON.stringify({ ...Object.fromEntries(fields), ...parsed });
          }
        } catch {
          // Not JSON already: leave it as the mutation made it.
        }
      }
      const what = [...c.what];
      if (query.length > 0) what.push(`extra query ${JSON.stringify(query)}`);
      if (body !== c.body) what.push(`extra fields ${JSON.stringify(fields.map(([k]) => k))}`);
      return { ...c, query: [...c.query, ...query], body, what };
      };
      mutation[fc.toStringMethod] = () => `noise ${JSON.stringify({ query, fields: fields.map(([k]) => k) })}`;
      return mutation;
    });
}
