import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { connect, connectRefused, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';
import { startStack, TEST_PASSWORD, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { forgeriesOf, newSigningKey, signJwt, claimsOf } from './support/forged-tokens.ts';
import { operationsOf } from './support/http-cases.ts';

/**
 * The authorization matrix, built in code: every user route and socket
 * event × every kind of caller, and every admin route × every kind of
 * credential. Each cell has one expected outcome; a denied cell must also
 * leave the room and its message as they were, and must not tell a
 * non-participant that the room or message exists.
 */

const ADMIN = { MASTER_KEY: 'authz-master-key', ADMIN_EMAIL: 'root@authz.test', ADMIN_PASSWORD: 'root password' };
const signing = newSigningKey('authz-test-key');

let env: TestEnv;
let stack: Stack;
/** Ann owns each fixture room and wrote its message; Ben is in it, Eve left it, Bob is in it and was blocked afterwards, Dan was never in it. */
let users: Record<'ann' | 'ben' | 'eve' | 'bob' | 'dan' | 'fay', LoggedInUser>;
let adminToken: string;
let cells = 0;

beforeAll(async () => {
  env = await createTestEnv();
  // No webhook deliveries: the endpoints registered below name a public address, and nothing may be sent to it from a test.
  // And the matrix sends a wrong master key once per admin route: more routes than the per-address limit allows by default.
  stack = await startStack(env, { routers: 2, env: { ...ADMIN, AUTH_SIGNING_KEY: signing.env, WEBHOOKS_ENABLED: 'false', GATEWAY_MASTER_KEY_MAX_FAILURES: '1000' } });
  const names = ['ann', 'ben', 'eve', 'bob', 'dan', 'fay'] as const;
  const logged = await Promise.all(names.map((n) => stack.registerAndLogin(`${n}@authz.test`)));
  users = Object.fromEntries(names.map((n, i) => [n, logged[i]!])) as typeof users;
  adminToken = (await stack.authClient.AdminLogin({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD, client_ip: '' })).token;
  await stack.authClient.SetUserBlocked({ id: users.bob.userId, blocked: true });
  // Blocking ends Bob's sessions; the gateway and routers learn it by polling auth (every second).
  await waitFor('the verifiers to refuse the blocked user\'s token', async () => {
    const answer = await fetch(`${stack.gatewayUrl}/authentication/user`, { headers: { authorization: `Bearer ${users.bob.accessToken}` } });
    if (answer.status !== 401) return undefined;
    const refusals = await Promise.all(stack.routerUrls.map((url) => connectRefused(url, { authorization: `Bearer ${users.bob.accessToken}` }).catch(() => undefined)));
    return refusals.every((r) => r?.data?.code === 'UNAUTHENTICATED') ? true : undefined;
  }, 10_000);
}, 180_000);

afterAll(async () => {
  console.log(`authorization matrix: ${cells} cells checked`);
  await stack?.close();
  await env?.cleanup();
});

// ── Callers ──────────────────────────────────────────────────────────────────

type Role = 'invalid' | 'outsider' | 'left' | 'fellow' | 'blocked' | 'owner';

/** Callers whose token must be refused outright: invalid ones, and a valid one whose session ended when its user was blocked. */
const refused = (role: Role): boolean => role === 'invalid' || role === 'blocked';

interface Caller {
  name: string;
  role: Role;
  /** The Authorization header value; undefined sends none. */
  authorization(): string | undefined;
}

function callers(): Caller[] {
  const forged = forgeriesOf(users.ann.accessToken, signing);
  const bearer = (token: string) => () => `Bearer ${token}`;
  return [
    { name: 'no token', role: 'invalid', authorization: () => undefined },
    { name: 'a malformed token', role: 'invalid', authorization: bearer('not.a.jwt') },
    { name: 'an expired token', role: 'invalid', authorization: bearer(forged.expired) },
    { name: 'a token with a wrong signature', role: 'invalid', authorization: bearer(forged['wrong signature']) },
    { name: 'an alg: none token', role: 'invalid', authorization: bearer(forged['alg none']) },
    { name: 'a refresh token used as an access token', role: 'invalid', authorization: bearer(users.ann.refreshToken) },
    { name: 'an admin token', role: 'invalid', authorization: bearer(adminToken) },
    { name: 'a non-participant', role: 'outsider', authorization: bearer(users.dan.accessToken) },
    { name: 'a participant who left', role: 'left', authorization: bearer(users.eve.accessToken) },
    { name: "another user's valid token (a fellow participant)", role: 'fellow', authorization: bearer(users.ben.accessToken) },
    { name: 'a blocked user (token issued before the block)', role: 'blocked', authorization: bearer(users.bob.accessToken) },
    { name: 'the participant who owns the message', role: 'owner', authorization: bearer(users.ann.accessToken) },
  ];
}

// ── Fixtures: a fresh room per cell, so every cell starts from the same state ─

interface Fixture {
  room: string;
  roomName: string;
  message: string;
  content: string;
}

async function fixture(): Promise<Fixture> {
  const roomName = `room ${randomUUID()}`;
  const content = `secret ${randomUUID()}`;
  const { ann, ben, eve, bob } = users;
  const room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: roomName, user_ids: [ben.userId, eve.userId, bob.userId] })).id;
  const message = (await stack.chatClient.SendMessage({ user_id: ann.userId, room_id: room, content, nonce: '' })).message!.id;
  await stack.chatClient.LeaveRoom({ user_id: eve.userId, room_id: room });
  return { room, roomName, message, content };
}

/** What a refused request must not have changed. */
async function assertIntact(f: Fixture, what: string): Promise<void> {
  const room = await stack.chatClient.GetRoom({ user_id: users.ann.userId, room_id: f.room });
  expect([...room.participants].sort(), what).toEqual([users.ann.userId, users.ben.userId, users.bob.userId].sort());
  const message = await stack.chatClient.GetMessage({ user_id: users.ann.userId, message_id: f.message });
  expect(message.content, what).toBe(f.content);
}

// ── User routes ──────────────────────────────────────────────────────────────

/**
 * How a route relates to the fixture: `room`/`message` name it in the path,
 * `ownMessage` may only be done by the message's sender, `listing` answers
 * with what the caller may see, `self` concerns the caller alone,
 * `invitation` names an invitation (none exist: rooms join at once here),
 * `roomOwner` may only be done by the room's owner (Ann; Ben is a plain
 * member), and `reauth` asks for the caller's password again (sent wrong, so
 * every caller who gets that far hears 400 and no account changes).
 */
type Scope = 'self' | 'listing' | 'room' | 'message' | 'ownMessage' | 'invitation' | 'roomOwner' | 'reauth';

interface UserRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI form, matched against the gateway's own description. */
  template: string;
  scope: Scope;
  url(f: Fixture): string;
  body?(f: Fixture): unknown;
}

const USER_ROUTES: UserRoute[] = [
  { method: 'GET', template: '/authentication/user', scope: 'self', url: () => '/authentication/user' },
  { method: 'POST', template: '/chat/rooms', scope: 'self', url: () => '/chat/rooms', body: () => ({ roomName: 'mine', users: [users.fay.userId] }) },
  { method: 'GET', template: '/chat/rooms', scope: 'listing', url: () => '/chat/rooms?limit=100' },
  { method: 'GET', template: '/chat/rooms/{id}', scope: 'room', url: (f) => `/chat/rooms/${f.room}` },
  { method: 'PUT', template: '/chat/rooms/{roomId}/addUsers', scope: 'room', url: (f) => `/chat/rooms/${f.room}/addUsers`, body: () => ({ users: [users.fay.userId] }) },
  { method: 'PUT', template: '/chat/leave/{roomId}', scope: 'room', url: (f) => `/chat/leave/${f.room}` },
  { method: 'GET', template: '/chat/rooms/{roomId}/events', scope: 'room', url: (f) => `/chat/rooms/${f.room}/events?since=0` },
  { method: 'POST', template: '/chat/rooms/{roomId}/read', scope: 'room', url: (f) => `/chat/rooms/${f.room}/read`, body: () => ({}) },
  { method: 'GET', template: '/chat/messages', scope: 'room', url: (f) => `/chat/messages?roomId=${f.room}` },
  { method: 'GET', template: '/chat/messages', scope: 'listing', url: () => '/chat/messages?limit=100' },
  { method: 'GET', template: '/chat/messages/{id}', scope: 'message', url: (f) => `/chat/messages/${f.message}` },
  { method: 'PUT', template: '/chat/messages/{id}', scope: 'ownMessage', url: (f) => `/chat/messages/${f.message}`, body: () => ({ newMessage: 'edited' }) },
  { method: 'DELETE', template: '/chat/messages/{id}', scope: 'ownMessage', url: (f) => `/chat/messages/${f.message}` },
  { method: 'GET', template: '/chat/invitations', scope: 'self', url: () => '/chat/invitations' },
  { method: 'PUT', template: '/chat/invitations/{id}/{answer}', scope: 'invitation', url: () => `/chat/invitations/${randomUUID()}/accept` },
  { method: 'DELETE', template: '/chat/invitations/{id}', scope: 'invitation', url: () => `/chat/invitations/${randomUUID()}` },
  { method: 'PATCH', template: '/authentication/user', scope: 'self', url: () => '/authentication/user', body: () => ({ displayName: `renamed ${randomUUID().slice(0, 8)}` }) },
  { method: 'PUT', template: '/authentication/password', scope: 'reauth', url: () => '/authentication/password', body: () => ({ currentPassword: 'not the password', newPassword: 'another long password' }) },
  { method: 'DELETE', template: '/authentication/user', scope: 'reauth', url: () => '/authentication/user', body: () => ({ password: 'not the password' }) },
  { method: 'GET', template: '/users', scope: 'listing', url: () => '/users?search=fay' },
  { method: 'GET', template: '/users/blocked', scope: 'self', url: () => '/users/blocked' },
  // Bob is in the room but blocked by an admin, so the directory never lists him: only those sharing a room see him.
  { method: 'GET', template: '/users/{id}', scope: 'room', url: () => `/users/${users.bob.userId}` },
  { method: 'POST', template: '/chat/direct/{userId}', scope: 'self', url: () => `/chat/direct/${users.fay.userId}` },
  { method: 'GET', template: '/chat/rooms/{roomId}/presence', scope: 'room', url: (f) => `/chat/rooms/${f.room}/presence` },
  { method: 'PATCH', template: '/chat/rooms/{id}', scope: 'roomOwner', url: (f) => `/chat/rooms/${f.room}`, body: () => ({ name: 'renamed' }) },
  { method: 'PUT', template: '/chat/rooms/{roomId}/members/{userId}', scope: 'roomOwner', url: (f) => `/chat/rooms/${f.room}/members/${users.ben.userId}`, body: () => ({ role: 'admin' }) },
  { method: 'DELETE', template: '/chat/rooms/{roomId}/members/{userId}', scope: 'roomOwner', url: (f) => `/chat/rooms/${f.room}/members/${users.ben.userId}` },
  // Blocked, then unblocked at once, so no later cell meets the block.
  { method: 'PUT', template: '/users/{id}/block', scope: 'self', url: () => `/users/${users.fay.userId}/block` },
  { method: 'DELETE', template: '/users/{id}/block', scope: 'self', url: () => `/users/${users.fay.userId}/block` },
  // Last: it ends the caller's session, and a session that ended refuses every later request.
  { method: 'POST', template: '/authentication/logout', scope: 'self', url: () => '/authentication/logout' },
];

type Expected = { status: number; code: string } | { status: 200 };

function expectedFor(route: { scope: Scope }, role: Role): Expected {
  if (refused(role)) return { status: 401, code: 'UNAUTHENTICATED' };
  const stranger = role === 'outsider' || role === 'left';
  switch (route.scope) {
    case 'self':
    case 'listing':
      return { status: 200 };
    case 'room':
    case 'message':
      return stranger ? { status: 404, code: 'NOT_FOUND' } : { status: 200 };
    case 'ownMessage':
    case 'roomOwner':
      if (stranger) return { status: 404, code: 'NOT_FOUND' };
      return role === 'owner' ? { status: 200 } : { status: 403, code: 'PERMISSION_DENIED' };
    case 'reauth':
      return { status: 400, code: 'INVALID_ARGUMENT' };
    case 'invitation':
      return { status: 404, code: 'NOT_FOUND' };
  }
}

interface Answer {
  status: number;
  text: string;
  body: Record<string, unknown>;
}

async function http(method: string, url: string, headers: Record<string, string | undefined>, body?: unknown): Promise<Answer> {
  const sent: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) sent[k] = v;
  if (body !== undefined) sent['content-type'] = 'application/json';
  const response = await fetch(`${stack.gatewayUrl}${url}`, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, text, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

function checkAnswer(what: string, answer: Answer, expected: Expected): void {
  expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBe(expected.status);
  if ('code' in expected) expect(answer.body, what).toEqual({ error: { code: expected.code, message: expect.any(String) } });
}

/**
 * Nothing of the fixture in what a stranger was told. Ids they sent may be
 * echoed back ("room <id> not found"); that the answer is the same as for an
 * id that names nothing is checked apart.
 */
function assertNoLeak(what: string, f: Fixture, answer: Answer): void {
  for (const secret of [f.roomName, f.content]) expect(answer.text, `${what} leaked ${secret}`).not.toContain(secret);
}

describe('the user routes × every kind of caller', () => {
  it('lists a route for every documented user route', async () => {
    const api = operationsOf((await (await fetch(`${stack.gatewayUrl}/openapi.json`)).json()) as Parameters<typeof operationsOf>[0]);
    const documented = api.filter((op) => op.access === 'user').map((op) => `${op.method} ${op.path}`);
    expect([...new Set(USER_ROUTES.map((r) => `${r.method} ${r.template}`))].sort()).toEqual([...new Set(documented)].sort());
  });

  const table = () => USER_ROUTES.flatMap((route) => callers().map((caller) => ({ route, caller, expected: expectedFor(route, caller.role) })));

  it('answers each cell as expected, changes nothing when it refuses, and tells strangers nothing', async () => {
    const failures: string[] = [];
    for (const { route, caller, expected } of table()) {
      cells++;
      const f = await fixture();
      const what = `${route.method} ${route.url(f)} (${route.scope}) by ${caller.name}`;
      try {
        const answer = await http(route.method, route.url(f), { authorization: caller.authorization(), masterkey: ADMIN.MASTER_KEY }, route.body?.(f));
        checkAnswer(what, answer, expected);
        const stranger = caller.role === 'outsider' || caller.role === 'left';
        if (stranger || refused(caller.role)) assertNoLeak(what, f, answer);
        if (expected.status !== 200) await assertIntact(f, what);
      } catch (error) {
        failures.push((error as Error).message.split('\n')[0]!);
      }
    }
    expect(failures).toEqual([]);
    // The logout cells ended every valid caller's session: they log in again for what follows.
    for (const name of ['ann', 'ben', 'eve', 'dan', 'fay'] as const) {
      const session = await stack.authClient.Login({ email: `${name}@authz.test`, password: TEST_PASSWORD, client_ip: '' });
      users[name] = { ...users[name], accessToken: session.access_token, refreshToken: session.refresh_token };
    }
  }, 300_000);

  it("answers a stranger about an existing room exactly as about a room that does not exist", async () => {
    const f = await fixture();
    const unknown = randomUUID();
    for (const [user, template] of [
      [users.dan, (id: string) => `/chat/rooms/${id}`],
      [users.eve, (id: string) => `/chat/rooms/${id}`],
      [users.dan, (id: string) => `/chat/messages?roomId=${id}`],
      [users.dan, (id: string) => `/chat/rooms/${id}/events?since=0`],
    ] as const) {
      cells++;
      const existing = await http('GET', template(f.room), { authorization: `Bearer ${user.accessToken}` });
      const missing = await http('GET', template(unknown), { authorization: `Bearer ${user.accessToken}` });
      expect(existing.status).toBe(missing.status);
      expect(existing.text.replaceAll(f.room, '<id>')).toBe(missing.text.replaceAll(unknown, '<id>'));
    }
    const existing = await http('GET', `/chat/messages/${f.message}`, { authorization: `Bearer ${users.dan.accessToken}` });
    const missing = await http('GET', `/chat/messages/${unknown}`, { authorization: `Bearer ${users.dan.accessToken}` });
    expect(existing.text.replaceAll(f.message, '<id>')).toBe(missing.text.replaceAll(unknown, '<id>'));
  });

  it('refuses a blocked user a new session: login and renew', async () => {
    cells += 2;
    const login = await http('POST', '/authentication/local', {}, { email: 'bob@authz.test', password: TEST_PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body).toEqual({ error: { code: 'PERMISSION_DENIED', message: 'account blocked' } });
    const renew = await http('POST', '/authentication/renew', {}, { refreshToken: users.bob.refreshToken });
    expect(renew.status).toBe(401);
  });

  it('refuses user credentials at the admin login', async () => {
    cells++;
    const answer = await http('POST', '/admin/login', { masterkey: ADMIN.MASTER_KEY }, { email: 'ann@authz.test', password: TEST_PASSWORD });
    // Said only after the right password, as a blocked account is: the login limiter counts the guesses before it.
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ error: { code: 'PERMISSION_DENIED', message: 'not an admin account' } });
  });
});

// ── Admin routes ─────────────────────────────────────────────────────────────

interface AdminCredential {
  name: string;
  allowed: boolean;
  headers(): Record<string, string | undefined>;
}

function adminCredentials(): AdminCredential[] {
  const claims = claimsOf(adminToken);
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'EdDSA', kid: signing.kid, typ: 'JWT' };
  const key = ADMIN.MASTER_KEY;
  const with_ = (masterkey: string | undefined, token: string | undefined) => () => ({ masterkey, authorization: token === undefined ? undefined : `Bearer ${token}` });
  return [
    { name: 'nothing', allowed: false, headers: with_(undefined, undefined) },
    { name: 'the master key alone', allowed: false, headers: with_(key, undefined) },
    { name: 'an admin session without the master key', allowed: false, headers: with_(undefined, adminToken) },
    { name: 'an admin session with a wrong master key', allowed: false, headers: with_('M4ST3RK3Y', adminToken) },
    { name: "a user's access token and the master key", allowed: false, headers: with_(key, users.ann.accessToken) },
    { name: 'a refresh token and the master key', allowed: false, headers: with_(key, users.ann.refreshToken) },
    { name: 'a malformed admin token', allowed: false, headers: with_(key, 'not.a.jwt') },
    { name: 'an expired admin token', allowed: false, headers: with_(key, signJwt(header, { ...claims, iat: now - 7200, exp: now - 3600 }, signing.key)) },
    { name: 'an admin token signed by another key', allowed: false, headers: with_(key, signJwt(header, claims, newSigningKey(signing.kid).key)) },
    { name: 'an alg: none admin token', allowed: false, headers: with_(key, signJwt({ alg: 'none', typ: 'JWT' }, claims)) },
    { name: "a user's token forged into an admin one without the key", allowed: false, headers: with_(key, signJwt({ alg: 'none' }, { ...claimsOf(users.ann.accessToken), token_use: 'admin' })) },
    { name: 'an admin session and the master key', allowed: true, headers: with_(key, adminToken) },
  ];
}

interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  template: string;
  /** Builds what this route acts on, fresh for each cell. */
  request(): Promise<{ url: string; body?: unknown }>;
  /** What the allowed credential gets, when not 200: past the guard, the handler's own answer. */
  allowedAnswer?: Expected;
}

/** A webhook endpoint to act on, registered by the admin (a public address: nothing is sent to it here). */
async function webhook(): Promise<string> {
  const answer = await http('POST', '/admin/webhooks', { masterkey: ADMIN.MASTER_KEY, authorization: `Bearer ${adminToken}` }, { url: 'https://93.184.216.34/hook', eventTypes: ['message'] });
  expect(answer.status, answer.text).toBe(200);
  return answer.body._id as string;
}

async function throwawayUser(): Promise<string> {
  return (await stack.authClient.Register({ email: `throwaway-${randomUUID()}@authz.test`, password: TEST_PASSWORD })).id;
}

const ADMIN_ROUTES: AdminRoute[] = [
  { method: 'GET', template: '/admin/audit', request: async () => ({ url: '/admin/audit' }) },
  { method: 'GET', template: '/admin/users', request: async () => ({ url: '/admin/users' }) },
  { method: 'POST', template: '/admin/users', request: async () => ({ url: '/admin/users', body: { email: `made-${randomUUID()}@authz.test`, password: TEST_PASSWORD } }) },
  { method: 'PATCH', template: '/admin/users/{id}', request: async () => ({ url: `/admin/users/${await throwawayUser()}`, body: { blocked: true } }) },
  { method: 'DELETE', template: '/admin/users/{id}', request: async () => ({ url: `/admin/users/${await throwawayUser()}` }) },
  { method: 'GET', template: '/admin/rooms', request: async () => ({ url: '/admin/rooms' }) },
  { method: 'POST', template: '/admin/rooms', request: async () => ({ url: '/admin/rooms', body: { roomName: 'by an admin', users: [users.fay.userId] } }) },
  { method: 'GET', template: '/admin/rooms/{id}', request: async () => ({ url: `/admin/rooms/${(await fixture()).room}` }) },
  { method: 'DELETE', template: '/admin/rooms/{id}', request: async () => ({ url: `/admin/rooms/${(await fixture()).room}` }) },
  { method: 'PUT', template: '/admin/rooms/{id}/participants', request: async () => ({ url: `/admin/rooms/${(await fixture()).room}/participants`, body: { users: [users.dan.userId] } }) },
  { method: 'DELETE', template: '/admin/rooms/{id}/participants/{userId}', request: async () => ({ url: `/admin/rooms/${(await fixture()).room}/participants/${users.ben.userId}` }) },
  { method: 'PUT', template: '/admin/rooms/{id}/participants/{userId}', request: async () => ({ url: `/admin/rooms/${(await fixture()).room}/participants/${users.ben.userId}`, body: { role: 'admin' } }) },
  { method: 'GET', template: '/admin/rooms/{id}/messages', request: async () => ({ url: `/admin/rooms/${(await fixture()).room}/messages` }) },
  { method: 'GET', template: '/admin/rooms/{id}/events', request: async () => ({ url: `/admin/rooms/${(await fixture()).room}/events` }) },
  { method: 'DELETE', template: '/admin/messages/{id}', request: async () => ({ url: `/admin/messages/${(await fixture()).message}` }) },
  { method: 'GET', template: '/admin/webhooks', request: async () => ({ url: '/admin/webhooks' }) },
  { method: 'POST', template: '/admin/webhooks', request: async () => ({ url: '/admin/webhooks', body: { url: 'https://93.184.216.34/hook', eventTypes: ['message'] } }) },
  { method: 'PATCH', template: '/admin/webhooks/{id}', request: async () => ({ url: `/admin/webhooks/${await webhook()}`, body: { enabled: false } }) },
  { method: 'DELETE', template: '/admin/webhooks/{id}', request: async () => ({ url: `/admin/webhooks/${await webhook()}` }) },
  { method: 'POST', template: '/admin/webhooks/{id}/rotate-secret', request: async () => ({ url: `/admin/webhooks/${await webhook()}/rotate-secret`, body: {} }) },
  { method: 'GET', template: '/admin/webhooks/{id}/deliveries', request: async () => ({ url: `/admin/webhooks/${await webhook()}/deliveries` }) },
  // Deliveries are off in this stack (above): the admin gets past the guard to chat-core's answer that it delivers none.
  { method: 'POST', template: '/admin/webhooks/deliveries/{deliveryId}/retry', request: async () => ({ url: '/admin/webhooks/deliveries/1/retry' }), allowedAnswer: { status: 503, code: 'UNAVAILABLE' } },
  // Last: its one allowed cell ends the admin session every other cell uses.
  { method: 'POST', template: '/admin/logout', request: async () => ({ url: '/admin/logout' }) },
];

describe('the admin routes × every kind of credential', () => {
  it('lists a route for every documented admin route but login', async () => {
    const api = operationsOf((await (await fetch(`${stack.gatewayUrl}/openapi.json`)).json()) as Parameters<typeof operationsOf>[0]);
    const documented = api.filter((op) => op.access === 'admin').map((op) => `${op.method} ${op.path}`);
    expect(ADMIN_ROUTES.map((r) => `${r.method} ${r.template}`).sort()).toEqual(documented.sort());
  });

  it('opens every admin route to an admin session with the master key, and to nothing else', async () => {
    const failures: string[] = [];
    for (const route of ADMIN_ROUTES) {
      for (const credential of adminCredentials()) {
        cells++;
        const { url, body } = await route.request();
        const what = `${route.method} ${url} with ${credential.name}`;
        try {
          const answer = await http(route.method, url, credential.headers(), body);
          checkAnswer(what, answer, credential.allowed ? (route.allowedAnswer ?? { status: 200 }) : { status: 401, code: 'UNAUTHENTICATED' });
        } catch (error) {
          failures.push((error as Error).message.split('\n')[0]!);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

// ── Socket events ────────────────────────────────────────────────────────────

interface SocketEvent {
  name: string;
  args(f: Fixture): unknown[];
}

const SOCKET_EVENTS: SocketEvent[] = [
  { name: 'message', args: (f) => [f.room, `hello ${randomUUID()}`] },
  { name: 'typing', args: (f) => [f.room] },
  { name: 'messagesRead', args: (f) => [f.room] },
  { name: 'sync', args: (f) => [{ roomId: f.room, since: 0 }] },
];

describe('the socket events × every kind of caller', () => {
  const sockets: TestSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('refuses the handshake of every caller without a valid access token, in the header or in auth.token', async () => {
    const failures: string[] = [];
    for (const caller of callers().filter((c) => refused(c.role))) {
      for (const via of ['header', 'auth.token'] as const) {
        cells++;
        const value = caller.authorization();
        const options = value === undefined ? {} : via === 'header' ? { authorization: value } : { authToken: value.replace(/^Bearer /, '') };
        const refusal = await connectRefused(stack.routerUrls[0]!, options);
        if (refusal.data?.code !== 'UNAUTHENTICATED') failures.push(`${caller.name} via ${via}: ${refusal.message} ${JSON.stringify(refusal.data)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers each event of each connected caller as expected and delivers nothing of the room to strangers', async () => {
    const f = await fixture();
    const connected = callers().filter((c) => !refused(c.role));
    const socketOf = new Map<Caller, TestSocket>();
    for (const [i, caller] of connected.entries()) {
      const socket = await connect(stack.routerUrls[i % 2]!, { authorization: caller.authorization()! });
      sockets.push(socket);
      socketOf.set(caller, socket);
    }
    const failures: string[] = [];
    for (const event of SOCKET_EVENTS) {
      for (const caller of connected) {
        cells++;
        const stranger = caller.role === 'outsider' || caller.role === 'left';
        const answer = await socketOf.get(caller)!.request<{ error?: { code: string } }>(event.name, ...event.args(f));
        const got = answer.error?.code ?? 'ok';
        const want = stranger ? 'NOT_FOUND' : 'ok';
        if (got !== want) failures.push(`${event.name} by ${caller.name}: expected ${want}, got ${JSON.stringify(answer).slice(0, 200)}`);
        if (stranger) assertNoLeak(`${event.name} by ${caller.name}`, f, { status: 0, text: JSON.stringify(answer), body: {} });
      }
    }
    for (const caller of connected) {
      cells++;
      const other = caller.role === 'owner' ? users.ben : users.ann;
      const answer = await socketOf.get(caller)!.request<{ error?: { code: string } }>('authenticate', other.accessToken);
      if (answer.error?.code !== 'UNAUTHENTICATED') failures.push(`authenticate with another user's token by ${caller.name}: ${JSON.stringify(answer)}`);
    }
    expect(failures).toEqual([]);

    // Everything that happens in the room afterwards: an edit, a delete, a join, a leave.
    await stack.chatClient.EditMessage({ user_id: users.ann.userId, message_id: f.message, content: 'edited secret' });
    await stack.chatClient.DeleteMessage({ user_id: users.ann.userId, message_id: f.message });
    await stack.chatClient.AddUsers({ user_id: users.ann.userId, room_id: f.room, user_ids: [users.fay.userId] });
    await stack.chatClient.LeaveRoom({ user_id: users.fay.userId, room_id: f.room });
    await settle(500);
    const mentions = (s: TestSocket) => s.received.filter((r) => JSON.stringify(r.args).includes(f.room) || JSON.stringify(r.args).includes(f.content));
    for (const caller of connected) {
      const seen = mentions(socketOf.get(caller)!);
      if (caller.role === 'outsider' || caller.role === 'left') {
        // Their refusals (conduit_error) name the room id they sent; nothing else may.
        expect(seen.filter((r) => r.event !== 'conduit_error'), `${caller.name} received the room's events`).toEqual([]);
      } else {
        // The positive control: members did see the room's life.
        expect(seen.map((r) => r.event), caller.name).toEqual(expect.arrayContaining(['message', 'messagesRead', 'message-edited', 'message-deleted', 'room-joined', 'room-left']));
      }
    }
  }, 60_000);
});
