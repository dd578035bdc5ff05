import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, type TestSocket } from '@chat/testing/router/test-sockets.ts';

const LIMIT = 5;

let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let room: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 2, env: { SOCKET_MESSAGE_RATE_LIMIT: String(LIMIT) } });
  ann = await stack.registerAndLogin('ann@rate.test');
  ben = await stack.registerAndLogin('ben@rate.test');
  room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'rate', user_ids: [ben.userId] })).id;
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await env?.cleanup();
});

async function socketOf(user: LoggedInUser, router: number): Promise<TestSocket> {
  const socket = await connect(stack.routerUrls[router]!, { authorization: `Bearer ${user.accessToken}` });
  sockets.push(socket);
  return socket;
}

/** Waits for the start of a wall-clock second, so a burst falls in one window of the limit. */
async function startOfSecond(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));
}

const stored = async () => Number((await stack.chatClient.ListMessages({ user_id: ann.userId, room_id: room, limit: 1 })).count);

describe('messages per user per second (SOCKET_MESSAGE_RATE_LIMIT)', () => {
  it('refuses what passes the limit over all of a user\'s sockets and routers, with retryAfter in the ack and conduit_error, storing only what was acknowledged', async () => {
    const [first, second] = [await socketOf(ann, 0), await socketOf(ann, 1)];
    const before = await stored();
    await startOfSecond();
    const answers = await Promise.all(
      Array.from({ length: LIMIT + 3 }, (_, i) => (i % 2 === 0 ? first : second).request<{ _id?: string; error?: unknown }>('message', room, `burst ${i}`)),
    );
    const acked = answers.filter((a) => a._id !== undefined);
    const refused = answers.filter((a) => a.error !== undefined);
    expect(acked).toHaveLength(LIMIT);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(r).toEqual({ error: { code: 'RESOURCE_EXHAUSTED', message: `too many messages: at most ${LIMIT} per second, try again in 1 s`, retryAfter: 1 } });
    }
    const conduitErrors = [...first.payloads('conduit_error'), ...second.payloads('conduit_error')];
    expect(conduitErrors).toHaveLength(3);
    expect(await stored()).toBe(before + LIMIT);
    expect(first.socket.connected && second.socket.connected).toBe(true);
  });

  it("does not count one user's messages against another", async () => {
    const annSocket = await socketOf(ann, 0);
    const benSocket = await socketOf(ben, 1);
    await startOfSecond();
    await Promise.all(Array.from({ length: LIMIT }, (_, i) => annSocket.request('message', room, `ann ${i}`)));
    expect(await benSocket.request('message', room, 'ben is not limited')).toMatchObject({ content: 'ben is not limited' });
  });

  it('counts typing signals too, and lets the user send again after retryAfter', async () => {
    const socket = await socketOf(ann, 1);
    await startOfSecond();
    // Sent together: one after another they could run past the second on a loaded machine.
    await Promise.all(Array.from({ length: LIMIT }, () => socket.request('typing', room)));
    const refused = await socket.request<{ error?: { code: string; retryAfter: number } }>('message', room, 'one too many');
    expect(refused.error).toMatchObject({ code: 'RESOURCE_EXHAUSTED', retryAfter: 1 });
    await new Promise((r) => setTimeout(r, refused.error!.retryAfter * 1000));
    expect(await socket.request('message', room, 'after the wait')).toMatchObject({ content: 'after the wait' });
  });
});
