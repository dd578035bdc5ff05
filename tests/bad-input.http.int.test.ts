import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { snapshot } from './support/db-snapshot.ts';
import { hostileString } from './support/hostile.ts';
import {
  encodeSegment,
  headerSafe,
  invalidJsonValue,
  invalidQueryValue,
  noise,
  operationsOf,
  type HttpCase,
  type JsonSchema,
  named,
  type Mutation,
  type Operation,
} from './support/http-cases.ts';

/**
 * Every documented HTTP route of the gateway (read from its own OpenAPI
 * description, so a new route is covered the day it is added), fed
 * generated invalid and hostile requests. Each must be answered with a 4xx
 * in the one error shape, quickly, and leave every stored row as it was.
 */

const RUNS_PER_ROUTE = Number(process.env.BAD_INPUT_RUNS ?? 100);
const ADMIN = { MASTER_KEY: 'bad-input-master-key', ADMIN_EMAIL: 'root@bad-input.test', ADMIN_PASSWORD: 'root password' };
// The room-name property creates rooms faster than a person would; the limit has its own test (gateway, room-rate-limit).
const LIMITS = { GATEWAY_ROOM_CREATE_RATE_LIMIT: '0' };
/** A request that takes longer than this counts as a hang. */
const ANSWER_WITHIN_MS = 10_000;

let env: TestEnv;
let stack: Stack;
let operations: Operation[];
let ann: LoggedInUser;
let ben: LoggedInUser;
let cat: LoggedInUser;
let annRoom: string;
let catRoom: string;
let annMessage: string;
let adminToken: string;
let casesTried = 0;
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { env: { ...ADMIN, ...LIMITS } });
  [ann, ben, cat] = await Promise.all(['ann', 'ben', 'cat'].map((n) => stack.registerAndLogin(`${n}@bad-input.test`))) as [LoggedInUser, LoggedInUser, LoggedInUser];
  annRoom = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'ann and ben', user_ids: [ben.userId] })).id;
  catRoom = (await stack.chatClient.CreateRoom({ user_id: cat.userId, name: "cat's", user_ids: [ben.userId] })).id;
  annMessage = (await stack.chatClient.SendMessage({ user_id: ann.userId, room_id: annRoom, content: 'hello', nonce: '' })).message!.id;
  const login = await fetch(`${stack.gatewayUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', masterkey: ADMIN.MASTER_KEY },
    body: JSON.stringify({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
  });
  adminToken = ((await login.json()) as { token: string }).token;
  operations = operationsOf((await (await fetch(`${stack.gatewayUrl}/openapi.json`)).json()) as Parameters<typeof operationsOf>[0]);
}, 180_000);

afterAll(async () => {
  console.log(`bad input over HTTP: ${casesTried} generated requests over ${operations?.length ?? 0} routes`);
  await stack?.close();
  await env?.cleanup();
});

// ── The valid request each mutation starts from ──────────────────────────────

function pathId(op: Operation, name: string): string {
  if (name === 'roomId') return annRoom;
  if (name === 'userId') return ben.userId;
  if (op.path.includes('/messages/{id}')) return annMessage;
  if (op.path.includes('/rooms/{id}')) return annRoom;
  if (op.path.includes('/users/{id}')) return ben.userId;
  return randomUUID();
}

function validValue(schema: JsonSchema, name: string): unknown {
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, s]) => [key, validValue(s, key)]));
    case 'array':
      return [validValue(schema.items ?? {}, name)];
    case 'integer':
      return schema.minimum ?? 0;
    case 'boolean':
      return true;
    default:
      if (schema.enum) return schema.enum[0];
      if (schema.format === 'email') return `someone-${randomUUID().slice(0, 8)}@bad-input.test`;
      if (schema.format === 'uuid') return cat.userId;
      return name === 'password' ? 'long enough password' : 'valid text';
  }
}

function authHeaders(op: Operation): Record<string, string> {
  switch (op.access) {
    case 'user':
      return { authorization: `Bearer ${ann.accessToken}` };
    case 'admin':
      return { masterkey: ADMIN.MASTER_KEY, authorization: `Bearer ${adminToken}` };
    case 'masterkey':
      return { masterkey: ADMIN.MASTER_KEY };
    case 'public':
      return {};
  }
}

const hasBody = (op: Operation) => op.method === 'POST' || op.method === 'PUT' || op.method === 'PATCH';

function baseCase(op: Operation): HttpCase {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = op.params.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(param?.schema.enum ? param.schema.enum[0] : pathId(op, name)));
  });
  const query = op.params.filter((p) => p.in === 'query' && p.required).map((p): [string, string] => [p.name, String(validValue(p.schema, p.name))]);
  const body = op.body && hasBody(op) ? JSON.stringify(validValue(op.body, 'body')) : undefined;
  const headers: Record<string, string> = { ...authHeaders(op), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) };
  return { method: op.method, path, query, headers, body, what: [] };
}

// ── Mutations: each one alone makes the request invalid ──────────────────────

const labelled = <T>(arb: fc.Arbitrary<T>, apply: (c: HttpCase, value: T) => HttpCase, label: (value: T) => string): fc.Arbitrary<Mutation> =>
  arb.map((value) => named(label(value), (c) => apply(c, value)));

const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} chars)` : text;
};

function withHeader(c: HttpCase, name: string, value: string | undefined): HttpCase {
  const headers = { ...c.headers };
  if (value === undefined) delete headers[name];
  else headers[name] = value;
  return { ...c, headers };
}

function authMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  const bearer = (token: fc.Arbitrary<string>, label: string) =>
    labelled(token, (c, t) => withHeader(c, 'authorization', t), (t) => `${label} ${short(t)}`);
  const noBearer = labelled(fc.constant(undefined), (c) => withHeader(c, 'authorization', undefined), () => 'no Authorization header');
  const garbage = bearer(fc.oneof(headerSafe, headerSafe.map((t) => `Bearer ${t}`)).filter((t) => !t.includes(ann.accessToken)), 'garbage token');
  const wrongKey = labelled(headerSafe.filter((k) => k !== ADMIN.MASTER_KEY), (c, k) => withHeader(c, 'masterkey', k), (k) => `wrong masterkey ${short(k)}`);
  const noKey = labelled(fc.constant(undefined), (c) => withHeader(c, 'masterkey', undefined), () => 'no masterkey header');
  switch (op.access) {
    case 'user':
      return [noBearer, garbage, bearer(fc.constant(`Bearer ${adminToken}`), 'an admin token'), bearer(fc.constant(`Bearer ${ann.refreshToken}`), 'a refresh token')];
    case 'admin':
      return [noBearer, garbage, noKey, wrongKey, bearer(fc.constant(`Bearer ${ann.accessToken}`), "a user's token")];
    case 'masterkey':
      return [noKey, wrongKey];
    case 'public':
      return [];
  }
}

function replaceSegment(c: HttpCase, op: Operation, name: string, encoded: string): HttpCase {
  const index = op.path.split('/').indexOf(`{${name}}`);
  const segments = c.path.split('/');
  segments[index] = encoded;
  return { ...c, path: segments.join('/') };
}

function pathMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  return op.params
    .filter((p) => p.in === 'path')
    .flatMap((p) => {
      const out: fc.Arbitrary<Mutation>[] = [];
      const bad = invalidQueryValue(p.schema);
      if (bad) out.push(labelled(bad, (c, v) => replaceSegment(c, op, p.name, encodeSegment(v)), (v) => `path ${p.name} = ${short(v)}`));
      // Malformed percent-encoding: the URL itself cannot be decoded.
      out.push(labelled(fc.constantFrom('%zz', '%', '%E0%A4%A', '%C0%AF', '%FF'), (c, v) => replaceSegment(c, op, p.name, v), (v) => `path ${p.name} raw ${v}`));
      if (p.schema.format === 'uuid') {
        out.push(labelled(fc.uuid(), (c, v) => replaceSegment(c, op, p.name, v), (v) => `path ${p.name} = unknown id ${v}`));
        if (op.access === 'user' && p.name !== 'userId' && !op.path.includes('/messages/') && !op.path.includes('/invitations/')) {
          out.push(labelled(fc.constant(catRoom), (c, v) => replaceSegment(c, op, p.name, v), () => `path ${p.name} = a room the caller is not in`));
        }
      }
      return out;
    });
}

function queryMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  return op.params
    .filter((p) => p.in === 'query')
    .flatMap((p) => {
      const out: fc.Arbitrary<Mutation>[] = [];
      const bad = invalidQueryValue(p.schema);
      const without = (c: HttpCase) => c.query.filter(([k]) => k !== p.name);
      if (bad) out.push(labelled(bad, (c, v) => ({ ...c, query: [...without(c), [p.name, v]] }), (v) => `query ${p.name} = ${short(v)}`));
      if (p.schema.type !== 'string') {
        out.push(labelled(fc.tuple(fc.nat(), fc.nat()), (c, [a, b]) => ({ ...c, query: [...without(c), [p.name, String(a)], [p.name, String(b)]] }), () => `query ${p.name} twice`));
      }
      if (p.required) out.push(labelled(fc.constant(p.name), (c) => ({ ...c, query: without(c) }), () => `query ${p.name} missing`));
      return out;
    });
}

/** The body as an object to change one field of; a body an earlier mutation made non-JSON counts as empty. */
function jsonBodyOf(c: HttpCase): Record<string, unknown> {
  try {
    const body = JSON.parse(c.body ?? '{}') as unknown;
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function bodyMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  if (!hasBody(op)) return [];
  const json = (c: HttpCase, body: string): HttpCase => ({ ...withHeader(c, 'content-type', 'application/json'), body });
  // These fail in the parser, whatever the route's schema: every route with a body takes them.
  const out: fc.Arbitrary<Mutation>[] = [
    labelled(
      fc.string({ unit: 'binary', maxLength: 60 }).filter((s) => {
        try {
          JSON.parse(s);
          return s.trim() === '';
        } catch {
          return true;
        }
      }).filter((s) => s.trim() !== ''),
      json,
      (s) => `non-JSON body ${short(s)}`,
    ),
    labelled(fc.jsonValue({ maxDepth: 2 }), (c, v) => json(c, `{"__proto__":${JSON.stringify(v)}${c.body && c.body !== '{}' ? `,${c.body.slice(1)}` : '}'}`), (v) => `__proto__ key ${short(v)}`),
    labelled(fc.jsonValue({ maxDepth: 1 }), (c, v) => json(c, `{"constructor":{"prototype":${JSON.stringify(v)}}}`), () => 'constructor.prototype key'),
    labelled(fc.constantFrom('text/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream'), (c, type) => ({ ...withHeader(c, 'content-type', type), body: c.body ?? 'a=1' }), (t) => `content-type ${t}`),
    labelled(fc.constant(1024 * 1024 + 1), (c, n) => json(c, `{"x":"${'a'.repeat(n)}"}`), () => 'a body over the 1 MiB limit'),
  ];
  const schema = op.body;
  if (!schema) return out;
  const whole = invalidJsonValue(schema);
  if (whole) out.push(labelled(whole, (c, v) => json(c, JSON.stringify(v)), (v) => `body = ${short(v)}`));
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const bad = invalidJsonValue(field);
    if (bad) out.push(labelled(bad, (c, v) => json(c, JSON.stringify({ ...jsonBodyOf(c), [name]: v })), (v) => `body.${name} = ${short(v)}`));
  }
  for (const name of schema.required ?? []) {
    out.push(labelled(fc.constant(name), (c) => {
      const { [name]: _dropped, ...rest } = jsonBodyOf(c);
      return json(c, JSON.stringify(rest));
    }, () => `body.${name} missing`));
  }
  return out;
}

/** What the schema lets through but the service behind it must still refuse. */
function semanticMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  const body = (arb: fc.Arbitrary<Record<string, unknown>>, label: string) =>
    labelled(arb, (c, fields) => ({ ...c, body: JSON.stringify({ ...jsonBodyOf(c), ...fields }) }), (f) => `${label} ${short(f)}`);
  const ascii = (min: number, max: number) => fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', '!'), minLength: min, maxLength: max });
  const email = fc.emailAddress().filter((e) => e.length <= 254);
  const key = `${op.method} ${op.path}`;
  switch (key) {
    case 'POST /authentication/local/new':
    case 'POST /admin/users':
      return [body(fc.record({ password: fc.oneof(ascii(0, 7), ascii(129, 1024)) }), 'password outside 8..128 characters')];
    case 'POST /authentication/local':
    case 'POST /admin/login':
      return [
        body(fc.record({ email, password: ascii(1, 64) }), 'unknown account'),
        body(fc.record({ email: fc.constant(op.path === '/admin/login' ? ADMIN.ADMIN_EMAIL : 'ann@bad-input.test'), password: ascii(1, 64) }), 'wrong password'),
        ...(op.path === '/admin/login' ? [body(fc.constant({ email: 'ann@bad-input.test', password: 'correct horse battery staple' }), 'a user, not an admin')] : []),
      ];
    case 'POST /authentication/renew':
      return [body(fc.record({ refreshToken: fc.oneof(ascii(1, 200), hostileString.filter((s) => s.length >= 1 && s.length <= 200)) }), 'unknown refresh token')];
    case 'POST /chat/rooms':
    case 'PUT /chat/rooms/{roomId}/addUsers':
    case 'POST /admin/rooms':
    case 'PUT /admin/rooms/{id}/participants':
      return [body(fc.record({ users: fc.array(fc.uuid(), { minLength: 1, maxLength: 3 }) }), 'users who do not exist')];
    default:
      return [];
  }
}

function mutationsOf(op: Operation): fc.Arbitrary<Mutation>[] {
  return [...authMutations(op), ...pathMutations(op), ...queryMutations(op), ...bodyMutations(op), ...semanticMutations(op)];
}

// ── Sending and judging ──────────────────────────────────────────────────────

interface Answer {
  status: number;
  text: string;
  body: unknown;
}

async function send(c: HttpCase): Promise<Answer> {
  const url = new URL(`${stack.gatewayUrl}${c.path}`);
  for (const [k, v] of c.query) url.searchParams.append(k, v);
  // The path was encoded by hand (bad escapes included); URL must not re-encode it.
  const href = `${stack.gatewayUrl}${c.path}${url.search}`;
  const response = await fetch(href, { method: c.method, headers: c.headers, body: c.body, signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

function describeCase(c: HttpCase, answer?: Answer): string {
  const request = `${c.method} ${c.path}${c.query.length ? `?${c.query.map(([k, v]) => `${k}=${short(v)}`).join('&')}` : ''} [${c.what.join('; ')}]`;
  return answer ? `${request} → ${answer.status} ${answer.text.slice(0, 300)}` : request;
}

/** A 4xx in the one error shape, with a message and nothing internal in it. */
function assertRefused(c: HttpCase, answer: Answer): void {
  const body = answer.body as { error?: { code?: unknown; message?: unknown } } | undefined;
  const ok =
    answer.status >= 400 &&
    answer.status < 500 &&
    body !== undefined &&
    Object.keys(body).length === 1 &&
    typeof body.error?.code === 'string' &&
    typeof body.error.message === 'string' &&
    body.error.message.length > 0 &&
    !/\bat .+:\d+:\d+|node_modules|SELECT |INSERT |relation "/.test(body.error.message);
  if (!ok) throw new Error(`expected a 4xx {error: {code, message}}, got: ${describeCase(c, answer)}`);
}

const key = (op: Operation) => `${op.method} ${op.path}`;

describe('every HTTP route refuses invalid and hostile input', () => {
  it('covers the documented routes of auth, chat, admin and health', () => {
    const documented = operations.map(key);
    for (const expected of [
      'POST /authentication/local/new',
      'POST /authentication/local',
      'POST /authentication/renew',
      'POST /authentication/logout',
      'GET /authentication/user',
      'GET /health',
      'GET /ready',
      'POST /chat/rooms',
      'PUT /chat/rooms/{roomId}/addUsers',
      'PUT /chat/leave/{roomId}',
      'GET /chat/messages',
      'PUT /chat/messages/{id}',
      'DELETE /chat/messages/{id}',
      'POST /admin/login',
      'GET /admin/rooms',
      'DELETE /admin/messages/{id}',
    ]) {
      expect(documented).toContain(expected);
    }
    // Every route but /health and /ready has something to get wrong.
    expect(operations.filter((op) => mutationsOf(op).length === 0).map(key)).toEqual(['GET /health', 'GET /ready']);
  });

  it('answers each route with a 4xx and the error shape, never a 5xx or a hang, and changes no stored row', async () => {
    // Every route is tried, and every failing route reported, before the test fails.
    const failures: string[] = [];
    for (const op of operations) {
      const mutations = mutationsOf(op);
      if (mutations.length === 0) continue;
      const before = await snapshot(env.databaseUrl);
      const details = await fc.check(
        fc.asyncProperty(fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 2 }), noise(op), async (applied, extra) => {
          casesTried++;
          const c = extra(applied.reduce((acc, m) => m(acc), baseCase(op)));
          assertRefused(c, await send(c));
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
      if (details.failed) failures.push(`${key(op)} (seed ${details.seed}): ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
      const after = await snapshot(env.databaseUrl);
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        failures.push(`${key(op)} changed stored rows: ${Object.keys(after).filter((t) => JSON.stringify(after[t]) !== JSON.stringify(before[t])).join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
  }, 600_000); // Scales with the routes (50 with the people routes), each tried BAD_INPUT_RUNS times.

  it.each(['/health', '/ready'])('answers %s with 200 whatever the query string and headers say', async (path) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileString, hostileString), { maxLength: 4 }), headerSafe, async (query, header) => {
        casesTried++;
        const c: HttpCase = { method: 'GET', path, query, headers: { authorization: header, masterkey: header }, body: undefined, what: ['hostile query'] };
        const answer = await send(c);
        if (answer.status !== 200 || (answer.body as { status?: string }).status !== 'ok') throw new Error(describeCase(c, answer));
      }),
      { numRuns: 50 },
    );
  });

  it('answers a URL over the 16 KiB header limit with 431 in the error shape', async () => {
    const c: HttpCase = { method: 'GET', path: '/chat/rooms', query: [['skip', '1'.repeat(20_000)]], headers: { authorization: `Bearer ${ann.accessToken}` }, body: undefined, what: [] };
    const answer = await send(c);
    expect(answer.status).toBe(431);
    expect(answer.body).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'request headers (or the URL) are too large' } });
  });

  it('answers a URL that cannot be decoded with 400 in the error shape', async () => {
    const c: HttpCase = { method: 'GET', path: '/chat/rooms/%zz', query: [], headers: { authorization: `Bearer ${ann.accessToken}` }, body: undefined, what: [] };
    const answer = await send(c);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } });
  });
});

describe('free text in valid requests', () => {
  /** Text that is what it says: JSON cannot carry a lone surrogate through UTF-8 unchanged. */
  const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

  it('stores any room name exactly as sent, or refuses it with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (roomName) => {
        casesTried++;
        const c: HttpCase = {
          method: 'POST',
          path: '/chat/rooms',
          query: [],
          headers: { authorization: `Bearer ${ann.accessToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ roomName, users: [ben.userId] }),
          what: [`roomName ${short(roomName)}`],
        };
        const answer = await send(c);
        if (answer.status === 200) {
          const { roomId } = answer.body as { roomId: string };
          const room = await send({ ...c, method: 'GET', path: `/chat/rooms/${roomId}`, body: undefined, headers: { authorization: `Bearer ${ben.accessToken}` } });
          if (wellFormed(roomName)) expect((room.body as { name: string }).name).toBe(roomName);
        } else {
          assertRefused(c, answer);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stores any edited message exactly as sent, or refuses it with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (newMessage) => {
        casesTried++;
        const c: HttpCase = {
          method: 'PUT',
          path: `/chat/messages/${annMessage}`,
          query: [],
          headers: { authorization: `Bearer ${ann.accessToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ newMessage }),
          what: [`newMessage ${short(newMessage)}`],
        };
        const answer = await send(c);
        if (answer.status === 200) {
          if (wellFormed(newMessage)) expect((answer.body as { message: string }).message).toBe(newMessage);
        } else {
          assertRefused(c, answer);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers any admin search with a page or a 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/admin/users', '/admin/rooms'), hostileString.filter((s) => s.length <= 200), async (path, search) => {
        casesTried++;
        const c: HttpCase = { method: 'GET', path, query: [['search', search]], headers: { masterkey: ADMIN.MASTER_KEY, authorization: `Bearer ${adminToken}` }, body: undefined, what: [`search ${short(search)}`] };
        const answer = await send(c);
        if (answer.status === 200) expect(answer.body).toMatchObject({ count: expect.any(Number) });
        else assertRefused(c, answer);
      }),
      { numRuns: 150 },
    );
  });
});
