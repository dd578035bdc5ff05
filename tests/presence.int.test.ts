import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { connect, settle, type TestSocket } from '@chat/testing/router/test-sockets.ts';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';

/**
 * Presence through the routers (two, sharing Redis; one in single-node
 * mode, in memory): online with a user's first socket anywhere, offline with
 * lastSeen once their last one has been closed for the grace period; the
 * `presence` signal to the members of their rooms, once per change.
 */

// Long enough that a loaded machine reconnects within it (the storm test), short enough to wait for.
const GRACE_MS = 2500;
let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let dan: LoggedInUser;
let roomId: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 2, env: { PRESENCE_GRACE_MS: String(GRACE_MS), PRESENCE_FLUSH_MS: '100' } });
  [ann, ben, dan] = (await Promise.all(['ann', 'ben', 'dan'].map((n) => stack.registerAndLogin(`${n}@presence.test`)))) as [LoggedInUser, LoggedInUser, LoggedInUser];
  roomId = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'presence', user_ids: [ben.userId] })).id;
}, 180_000);

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await stack?.close();
  await env?.cleanup();
});

async function socketOf(user: LoggedInUser, router: number): Promise<TestSocket> {
  const socket = await connect(stack.routerUrls[router]!, { authorization: `Bearer ${user.accessToken}` });
  sockets.push(socket);
  return socket;
}

async function get(user: LoggedInUser, url: string): Promise<{ status: number; body: any }> {
  const answer = await fetch(`${stack.gatewayUrl}${url}`, { headers: { authorization: `Bearer ${user.accessToken}` } });
  return { status: answer.status, body: await answer.json() };
}

const presenceOf = (s: TestSocket, user: string) => s.payloads('presence').filter((p) => p.user === user && p.room === roomId);

describe('presence', () => {
  it('tells a room\'s members when someone comes online, once however many sockets they open, and lists it', async () => {
    const benSocket = await socketOf(ben, 1);
    const annSockets = await Promise.all([socketOf(ann, 0), socketOf(ann, 1), socketOf(ann, 0)]);
    const [online] = await benSocket.waitForEvents('presence', 1, (p) => p.user === ann.userId);
    expect(online).toEqual({ user: ann.userId, status: 'online', lastSeen: null, room: roomId });
    const listed = await get(ben, `/chat/rooms/${roomId}/presence`);
    expect(listed.status).toBe(200);
    expect(listed.body.members).toEqual(expect.arrayContaining([
      { user: ann.userId, status: 'online', lastSeen: null },
      { user: ben.userId, status: 'online', lastSeen: null },
    ]));
    expect((await get(ben, `/users/${ann.userId}`)).body.presence).toEqual({ status: 'online', lastSeen: null });

    // A reconnect within the grace period changes nothing anyone sees.
    annSockets[0]!.close();
    annSockets[1]!.close();
    annSockets[2]!.close();
    await socketOf(ann, 1);
    await settle(GRACE_MS + 400);
    expect(presenceOf(benSocket, ann.userId)).toHaveLength(1);
  });

  it('goes offline with lastSeen once the last socket has been closed for the grace period', async () => {
    const benSocket = await socketOf(ben, 0);
    const annSocket = await socketOf(ann, 1);
    await settle(300);
    for (const s of sockets.filter((s) => s !== benSocket && s.socket.connected)) {
      // Every socket of Ann's, from this test and the one before.
      if (s !== benSocket && (s.socket.io.opts.extraHeaders as Record<string, string> | undefined)?.Authorization?.includes(ann.accessToken)) s.close();
    }
    annSocket.close();
    const closedAt = Date.now();
    const [offline] = await benSocket.waitForEvents('presence', 1, (p) => p.user === ann.userId && p.status === 'offline', 10_000);
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);
    expect(offline).toMatchObject({ user: ann.userId, status: 'offline', room: roomId });
    expect(Date.parse(offline!.lastSeen as string)).toBeGreaterThanOrEqual(closedAt - 1000);
    const listed = (await get(ben, `/chat/rooms/${roomId}/presence`)).body.members as { user: string; status: string; lastSeen: string | null }[];
    expect(listed.find((m) => m.user === ann.userId)).toEqual({ user: ann.userId, status: 'offline', lastSeen: offline!.lastSeen });
  });

  it('tells strangers nothing', async () => {
    const stranger = await get(dan, `/chat/rooms/${roomId}/presence`);
    expect(stranger.status).toBe(404);
    expect((await get(dan, `/chat/rooms/00000000-0000-4000-8000-000000000000/presence`)).body.error.message).toBe(
      stranger.body.error.message.replace(roomId, '00000000-0000-4000-8000-000000000000'),
    );
    // Found through the directory: the profile, but not when they are around.
    expect((await get(dan, `/users/${ann.userId}`)).body).toEqual({ _id: ann.userId, displayName: 'ann', avatarUrl: null });
    const danSocket = await socketOf(dan, 0);
    await socketOf(ben, 1);
    await settle(500);
    expect(danSocket.payloads('presence')).toEqual([]);
  });

  it('coalesces a reconnect storm: sockets that come back within the grace period announce nothing', async () => {
    const crowd = await Promise.all(Array.from({ length: 20 }, (_, i) => stack.registerAndLogin(`crowd${i}@presence.test`)));
    const storm = (await stack.chatClient.CreateRoom({ user_id: ben.userId, name: 'storm', user_ids: crowd.map((u) => u.userId) })).id;
    const watcher = await socketOf(ben, 0);
    const first = await Promise.all(crowd.map((u, i) => socketOf(u, i % 2)));
    await watcher.waitForEvents('presence', crowd.length, (p) => p.room === storm && p.status === 'online');
    first.forEach((s) => s.close());
    await Promise.all(crowd.map((u, i) => socketOf(u, (i + 1) % 2)));
    await settle(GRACE_MS + 500);
    const ids = new Set(crowd.map((u) => u.userId));
    const seen = watcher.payloads('presence').filter((p) => p.room === storm && ids.has(p.user as string));
    expect(seen).toHaveLength(crowd.length);
    expect(seen.every((p) => p.status === 'online')).toBe(true);
  });
});
