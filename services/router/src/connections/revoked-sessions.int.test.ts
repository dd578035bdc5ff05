import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startStack, TEST_PASSWORD, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, connectRefused, type TestSocket } from '@chat/testing/router/test-sockets.ts';

/**
 * A session that ends before its access token expires (logout, an admin
 * blocking the user) ends everywhere within a poll: its sockets are told and
 * disconnected, the handshake refuses the token, and so does the gateway.
 */
let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let cat: LoggedInUser;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env);
  [ann, ben, cat] = (await Promise.all(['ann', 'ben', 'cat'].map((n) => stack.registerAndLogin(`${n}@revoked.test`)))) as [LoggedInUser, LoggedInUser, LoggedInUser];
});

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await stack?.close();
  await env?.cleanup();
});

async function socketOf(user: LoggedInUser): Promise<TestSocket> {
  const socket = await connect(stack.routerUrls[0]!, { authorization: `Bearer ${user.accessToken}` });
  sockets.push(socket);
  return socket;
}

const disconnected = (socket: TestSocket) =>
  waitFor('the socket to be disconnected', () => (socket.socket.disconnected ? true : undefined), 10_000);

const gatewayStatus = async (user: LoggedInUser) =>
  (await fetch(`${stack.gatewayUrl}/authentication/user`, { headers: { authorization: `Bearer ${user.accessToken}` } })).status;

/** The gateway learns of an ended session by its own poll, which may come a little after the router's. */
const refusedByGateway = (user: LoggedInUser) =>
  waitFor('the gateway to refuse the token', async () => ((await gatewayStatus(user)) === 401 ? true : undefined), 10_000);

describe('revoked sessions', () => {
  it('ends the sockets of a session that logged out, and only those', async () => {
    const annSocket = await socketOf(ann);
    const catSocket = await socketOf(cat);
    const logout = await fetch(`${stack.gatewayUrl}/authentication/logout`, { method: 'POST', headers: { authorization: `Bearer ${ann.accessToken}` } });
    expect(logout.status).toBe(200);

    await disconnected(annSocket);
    expect(annSocket.payloads('conduit_error')).toEqual([{ code: 'UNAUTHENTICATED', message: expect.stringContaining('session ended') }]);
    expect((await connectRefused(stack.routerUrls[0]!, { authorization: `Bearer ${ann.accessToken}` })).data?.code).toBe('UNAUTHENTICATED');
    await refusedByGateway(ann);
    // Another user's connection and token are untouched.
    expect(catSocket.socket.connected).toBe(true);
    expect(await gatewayStatus(cat)).toBe(200);
  });

  it('ends every session of a user an admin blocks: sockets, handshake and HTTP', async () => {
    const first = await socketOf(ben);
    const second = await connect(stack.routerUrls[0]!, { namespace: '/chat/', authToken: ben.accessToken });
    sockets.push(second);
    await stack.authClient.SetUserBlocked({ id: ben.userId, blocked: true });

    await Promise.all([disconnected(first), disconnected(second)]);
    for (const socket of [first, second]) expect(socket.payloads('conduit_error')).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED' })]);
    expect((await connectRefused(stack.routerUrls[0]!, { authToken: ben.accessToken })).data?.code).toBe('UNAUTHENTICATED');
    await refusedByGateway(ben);
    const answer = await fetch(`${stack.gatewayUrl}/chat/rooms`, { headers: { authorization: `Bearer ${ben.accessToken}` } });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'session ended (logged out or blocked): log in again' } });
  });

  it('ends the sessions of a user an admin deletes (the sessions go with the user)', async () => {
    const dan = await stack.registerAndLogin('dan@revoked.test');
    const socket = await socketOf(dan);
    await stack.authClient.DeleteUser({ id: dan.userId });
    await disconnected(socket);
    expect((await connectRefused(stack.routerUrls[0]!, { authorization: `Bearer ${dan.accessToken}` })).data?.code).toBe('UNAUTHENTICATED');
    await refusedByGateway(dan);
  });

  it('lets a user an admin unblocked log in again and connect with the new session', async () => {
    await stack.authClient.SetUserBlocked({ id: ben.userId, blocked: false });
    const answer = await fetch(`${stack.gatewayUrl}/authentication/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ben@revoked.test', password: TEST_PASSWORD }),
    });
    expect(answer.status).toBe(200);
    const login = (await answer.json()) as LoggedInUser;
    const socket = await socketOf(login);
    expect(socket.socket.connected).toBe(true);
    expect(await gatewayStatus(login)).toBe(200);
  });
});
