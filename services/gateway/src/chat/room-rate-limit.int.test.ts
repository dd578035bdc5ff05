import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { httpTestClient, type LoggedInUser } from '@chat/testing/gateway/http-test-client.ts';
import { startTestStack, type TestStack } from '@chat/testing/gateway/test-stack.ts';

let env: TestEnv;
let stack: TestStack;
let ann: LoggedInUser;
let ben: LoggedInUser;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { GATEWAY_ROOM_CREATE_RATE_LIMIT: '3' });
  const c = httpTestClient(stack.app);
  [ann, ben] = await Promise.all([c.loggedIn(), c.loggedIn()]);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const createRoom = (user: LoggedInUser | undefined, others: LoggedInUser[], remoteAddress = '10.0.0.1') =>
  stack.app.inject({
    method: 'POST',
    url: '/chat/rooms',
    remoteAddress,
    headers: { 'content-type': 'application/json', ...(user ? { authorization: `Bearer ${user.accessToken}` } : {}) },
    payload: JSON.stringify({ roomName: 'limited', users: others.map((u) => u.userId) }),
  });

const roomsOf = async (user: LoggedInUser) =>
  (await stack.app.inject({ method: 'GET', url: '/chat/rooms?limit=100', headers: { authorization: `Bearer ${user.accessToken}` } })).json().rooms as { creator: string }[];

describe('room creation per user (GATEWAY_ROOM_CREATE_RATE_LIMIT)', () => {
  it('answers 429 with Retry-After once a user has created the limit of rooms in a minute, and creates nothing more', async () => {
    // Each from another address: the limit follows the user, not the IP.
    for (let i = 0; i < 3; i++) expect((await createRoom(ann, [ben], `10.0.1.${i}`)).statusCode).toBe(200);
    const refused = await createRoom(ann, [ben], '10.0.1.9');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.json()).toEqual({ error: { code: 'RESOURCE_EXHAUSTED', message: expect.stringMatching(/^too many requests, try again in /) } });
    expect((await roomsOf(ann)).filter((r) => r.creator === ann.userId)).toHaveLength(3);
  });

  it("counts each user apart: another user's rooms are not refused", async () => {
    expect((await createRoom(ben, [ann])).statusCode).toBe(200);
  });

  it('says 401 to a caller without a token, not 429, and does not count it', async () => {
    const res = await createRoom(undefined, [ann]);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});
