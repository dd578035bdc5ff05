import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';
import { ADMIN_ENV, adminTestClient, type AdminTestClient } from '@chat/testing/gateway/admin-test-client.ts';

let env: TestEnv;
let stack: TestStack;
let admin: AdminTestClient;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { ...ADMIN_ENV, GATEWAY_MAX_USERS_PER_REQUEST: '3' });
  admin = adminTestClient(stack.app);
  await admin.login();
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const ID = '00000000-0000-4000-8000-000000000000';

// [method, url, body, the message naming the field]: at least one per admin route.
const CASES: [method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body: unknown, message: string][] = [
  ['POST', '/admin/login', { email: 'not-an-email', password: 'x' }, 'email: must match format "email"'],
  ['POST', '/admin/login', { email: 'root@example.com' }, 'password: is required'],
  ['GET', '/admin/users?limit=0', undefined, 'limit: must be >= 1'],
  ['GET', '/admin/users?skip=many', undefined, 'skip: must be integer'],
  ['GET', `/admin/users?search=${'x'.repeat(201)}`, undefined, 'search: must NOT have more than 200 characters'],
  ['POST', '/admin/users', { email: 'new@example.com' }, 'password: is required'],
  ['POST', '/admin/users', { email: 'new', password: 'correct horse' }, 'email: must match format "email"'],
  ['POST', '/admin/users', [], 'body: must be a JSON object'],
  ['PATCH', `/admin/users/${ID}`, { blocked: 'maybe' }, 'blocked: must be boolean'],
  ['PATCH', `/admin/users/${ID}`, {}, 'blocked: is required'],
  ['PATCH', '/admin/users/nope', { blocked: true }, 'id: must match format "uuid"'],
  ['DELETE', '/admin/users/nope', undefined, 'id: must match format "uuid"'],
  ['GET', '/admin/rooms?limit=101', undefined, 'limit: must be <= 100'],
  ['GET', '/admin/rooms?skip=-1', undefined, 'skip: must be >= 0'],
  ['POST', '/admin/rooms', { users: [ID] }, 'roomName: is required'],
  ['POST', '/admin/rooms', { roomName: '', users: [ID] }, 'roomName: must NOT have fewer than 1 characters'],
  ['POST', '/admin/rooms', { roomName: 'r', users: [] }, 'users: must NOT have fewer than 1 items'],
  ['POST', '/admin/rooms', { roomName: 'r', users: [ID, 'someone'] }, 'users.1: must match format "uuid"'],
  ['POST', '/admin/rooms', { roomName: 'r', users: [ID, ID, ID, ID] }, 'users: must NOT have more than 3 items'],
  ['GET', '/admin/rooms/nope', undefined, 'id: must match format "uuid"'],
  ['DELETE', '/admin/rooms/nope', undefined, 'id: must match format "uuid"'],
  ['PUT', `/admin/rooms/${ID}/participants`, {}, 'users: is required'],
  // Fastify coerces a lone value into an array, so the item is what is wrong.
  ['PUT', `/admin/rooms/${ID}/participants`, { users: 'everyone' }, 'users.0: must match format "uuid"'],
  ['PUT', '/admin/rooms/nope/participants', { users: [ID] }, 'id: must match format "uuid"'],
  ['DELETE', `/admin/rooms/${ID}/participants/nope`, undefined, 'userId: must match format "uuid"'],
  ['DELETE', `/admin/rooms/nope/participants/${ID}`, undefined, 'id: must match format "uuid"'],
  ['GET', `/admin/rooms/${ID}/messages?before=0`, undefined, 'before: must be >= 1'],
  ['GET', `/admin/rooms/${ID}/messages?limit=500`, undefined, 'limit: must be <= 100'],
  ['GET', '/admin/rooms/nope/messages', undefined, 'id: must match format "uuid"'],
  ['GET', `/admin/rooms/${ID}/events?since=-1`, undefined, 'since: must be >= 0'],
  ['GET', `/admin/rooms/${ID}/events?limit=501`, undefined, 'limit: must be <= 500'],
  ['GET', '/admin/rooms/nope/events', undefined, 'id: must match format "uuid"'],
  ['DELETE', '/admin/messages/nope', undefined, 'id: must match format "uuid"'],
  ['GET', '/admin/audit?limit=201', undefined, 'limit: must be <= 200'],
  ['GET', '/admin/audit?skip=x', undefined, 'skip: must be integer'],
];

describe('bad input on the admin routes', () => {
  it.each(CASES)('%s %s %j answers 400: %s', async (method, url, body, message) => {
    const res = await admin.request(method, url, { payload: body, token: url === '/admin/login' ? null : undefined });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'INVALID_ARGUMENT', message } });
  });

  it('covers every admin API route', () => {
    const shape = (url: string) => url.split('?')[0]!.replace(/[0-9a-f-]{36}|nope|:\w+/g, ':x');
    const covered = new Set(CASES.map(([method, url]) => `${method} ${shape(url)}`));
    const routes: [string, string][] = [
      ['POST', '/admin/login'],
      ['GET', '/admin/users'],
      ['POST', '/admin/users'],
      ['PATCH', '/admin/users/:id'],
      ['DELETE', '/admin/users/:id'],
      ['GET', '/admin/rooms'],
      ['POST', '/admin/rooms'],
      ['GET', '/admin/rooms/:id'],
      ['DELETE', '/admin/rooms/:id'],
      ['PUT', '/admin/rooms/:id/participants'],
      ['DELETE', '/admin/rooms/:id/participants/:userId'],
      ['GET', '/admin/rooms/:id/messages'],
      ['GET', '/admin/rooms/:id/events'],
      ['DELETE', '/admin/messages/:id'],
      ['GET', '/admin/audit'],
    ];
    for (const [method, url] of routes) {
      expect(stack.app.hasRoute({ method: method as 'GET', url }), `${method} ${url} exists`).toBe(true);
      expect(covered.has(`${method} ${shape(url)}`), `${method} ${url} has a case`).toBe(true);
    }
  });

  it('records nothing in the audit log for refused requests', async () => {
    const res = await admin.request('GET', '/admin/audit');
    expect(res.json()).toEqual({ entries: [], count: 0 });
  });
});
