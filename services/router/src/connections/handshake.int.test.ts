import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, connectRefused, type TestSocket } from '@chat/testing/router/test-sockets.ts';

// Access tokens live 2 s here, so expiry can be watched happen.
const TTL_SECONDS = 2;
const GRACE_MS = 600;
// Logging in again (argon2) can take longer than GRACE_MS on a loaded machine: renewals are tested on a patient router.
const PATIENT_GRACE_MS = 4000;

let env: TestEnv;
let stack: Stack;
let router: string;
let patient: string;
let alice: LoggedInUser;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { env: { ACCESS_TOKEN_TTL: String(TTL_SECONDS), TOKEN_EXPIRY_GRACE_MS: String(GRACE_MS) } });
  router = stack.routerUrls[0]!;
  patient = await stack.addRouter({ TOKEN_EXPIRY_GRACE_MS: String(PATIENT_GRACE_MS) });
  [alice] = await Promise.all([stack.registerAndLogin('alice@handshake.test'), stack.registerAndLogin('bob@handshake.test')]);
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await env?.cleanup();
});

async function tracked(promise: Promise<TestSocket>): Promise<TestSocket> {
  const socket = await promise;
  sockets.push(socket);
  return socket;
}

const login = async (email: string) =>
  (await stack.authClient.Login({ email, password: 'correct horse battery staple', client_ip: '' })).access_token;

describe('the handshake', () => {
  it('refuses a connection without a token, saying how to send one', async () => {
    const error = await connectRefused(router);
    expect(error.message).toBe('no access token: send the header "Authorization: Bearer <token>" or auth.token');
    expect(error.data).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a garbage token as malformed', async () => {
    const error = await connectRefused(router, { authorization: 'Bearer not-a-jwt' });
    expect(error.message).toBe('access token malformed');
    expect(error.data).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a token whose signature does not verify', async () => {
    const token = await login('alice@handshake.test');
    const [header, payload] = token.split('.');
    const error = await connectRefused(router, { authorization: `Bearer ${header}.${payload}.AAAA` });
    expect(error.message).toBe('access token rejected: bad signature');
  });

  it('refuses an expired token, saying it expired', async () => {
    const token = await login('alice@handshake.test');
    await new Promise((r) => setTimeout(r, TTL_SECONDS * 1000 + 1100));
    const error = await connectRefused(router, { authorization: `Bearer ${token}` });
    expect(error.message).toBe('access token expired');
    expect(error.data).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('accepts the token in auth.token, as browsers send it', async () => {
    const socket = await tracked(connect(router, { authToken: await login('alice@handshake.test') }));
    expect(socket.socket.connected).toBe(true);
  });

  it('accepts the tutorial header with a quoted token and a trailing space', async () => {
    const socket = await tracked(connect(router, { authorization: `Bearer "${await login('bob@handshake.test')}" ` }));
    expect(socket.socket.connected).toBe(true);
  });

  it('refuses the default namespace, naming the one to use', async () => {
    const error = await connectRefused(router, { namespace: '', authorization: `Bearer ${await login('alice@handshake.test')}` });
    expect(error.message).toBe('connect to the /chat namespace, e.g. http://host:port/chat');
  });
});

describe('a token that expires on an open connection', () => {
  it('gets token-expired, refuses events meanwhile, and continues after authenticate with a new token', async () => {
    const socket = await tracked(connect(patient, { authorization: `Bearer ${await login('alice@handshake.test')}` }));
    const [notice] = await socket.waitForEvents('token-expired', 1, undefined, (TTL_SECONDS + 2) * 1000);
    const graceEnds = Date.now() + PATIENT_GRACE_MS;
    expect(notice).toEqual({ expiredAt: expect.any(String), graceMs: PATIENT_GRACE_MS });

    const refused = await socket.request('sync', { roomId: '00000000-0000-4000-8000-000000000000', since: 0 });
    expect(refused).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'access token expired: emit authenticate with a new access token' } });

    const renewed = await socket.request<{ userId: string; expiresAt: number }>('authenticate', await login('alice@handshake.test'));
    expect(renewed).toEqual({ userId: alice.userId, expiresAt: expect.any(Number) });
    expect(renewed.expiresAt * 1000).toBeGreaterThan(Date.now());
    // Events are served again: the answer is chat-core's, not the router's refusal.
    const answer = await socket.request('sync', { roomId: '00000000-0000-4000-8000-000000000000', since: 0 });
    expect(answer).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('not found') } });
    // And the disconnect that was due at the end of the grace period does not happen.
    await new Promise((r) => setTimeout(r, graceEnds - Date.now() + 300));
    expect(socket.socket.connected).toBe(true);
    expect(socket.payloads('conduit_error').filter((e) => String(e.message).endsWith('disconnected'))).toEqual([]);
  });

  it('receives nothing from its rooms while expired, and is back in them (new ones too) after authenticate', async () => {
    const bob = await stack.registerAndLogin('bob.rooms@handshake.test');
    const room = (await stack.chatClient.CreateRoom({ user_id: bob.userId, name: 'while expired', user_ids: [alice.userId] })).id;
    const socket = await tracked(connect(patient, { authorization: `Bearer ${await login('alice@handshake.test')}` }));
    const send = (roomId: string, content: string) => stack.chatClient.SendMessage({ user_id: bob.userId, room_id: roomId, content, nonce: '' });
    await send(room, 'before expiry');
    await socket.waitForEvents('message', 1, (m) => m.content === 'before expiry');
    await socket.waitForEvents('token-expired', 1, undefined, (TTL_SECONDS + 2) * 1000);

    // Bob's message, typing, a room Alice is added to, and that room's message: none reaches the expired socket.
    await send(room, 'while expired');
    await stack.chatClient.SendTyping({ user_id: bob.userId, room_id: room, content: 'bob is typing' });
    const newRoom = (await stack.chatClient.CreateRoom({ user_id: bob.userId, name: 'made while expired', user_ids: [alice.userId] })).id;
    await send(newRoom, 'in the new room while expired');
    await new Promise((r) => setTimeout(r, 500));
    const seen = () => socket.received.filter((r) => r.event !== 'token-expired').map((r) => (r.args[0] as { content?: string }).content ?? r.event);
    expect(seen()).toEqual(['before expiry']);

    const renewed = await socket.request<{ userId: string }>('authenticate', await login('alice@handshake.test'));
    expect(renewed.userId).toBe(alice.userId);
    await send(room, 'after renewal');
    await send(newRoom, 'in the new room after renewal');
    await socket.waitForEvents('message', 3);
    expect(seen()).toEqual(['before expiry', 'after renewal', 'in the new room after renewal']);
    // What it missed is there for sync.
    const synced = await socket.request<{ events: { type: string; payload: { content?: string } }[] }>('sync', { roomId: room, since: 0 });
    expect(synced.events.filter((e) => e.type === 'message').map((e) => e.payload.content)).toEqual(['before expiry', 'while expired', 'after renewal']);
  });

  it('refuses a new token of another user and disconnects when the grace period ends', async () => {
    const socket = await tracked(connect(patient, { authorization: `Bearer ${await login('alice@handshake.test')}` }));
    await socket.waitForEvents('token-expired', 1, undefined, (TTL_SECONDS + 2) * 1000);
    const answer = await socket.request('authenticate', await login('bob@handshake.test'));
    expect(answer).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'the access token belongs to another user: connect again to change user' },
    });
    const reason = await new Promise<string>((resolve) => socket.socket.once('disconnect', resolve));
    expect(reason).toBe('io server disconnect');
    expect(socket.payloads('conduit_error').at(-1)).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'access token expired and no new one was sent: disconnected',
    });
  });

  it('refuses a garbage token in authenticate without disconnecting at once', async () => {
    const socket = await tracked(connect(router, { authorization: `Bearer ${await login('bob@handshake.test')}` }));
    const answer = await socket.request('authenticate', 'garbage');
    expect(answer).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'access token malformed' } });
    const missing = await socket.request('authenticate');
    expect(missing).toEqual({ error: { code: 'INVALID_ARGUMENT', message: 'token (argument 1) must be a string' } });
    expect(socket.socket.connected).toBe(true);
    await waitFor('bob to be disconnected after expiry and grace', () => (socket.socket.connected ? undefined : true), (TTL_SECONDS + 3) * 1000);
  });
});
