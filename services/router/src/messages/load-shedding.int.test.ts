import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type LoggedInUser, type Stack } from '@chat/testing/stack.ts';
import { connect, type TestSocket } from '@chat/testing/router/test-sockets.ts';

// The stack runs in this process: blocking this event loop is the router running late, as under overload.
const MAX_LAG_MS = 50;

let env: TestEnv;
let stack: Stack;
let ann: LoggedInUser;
let ben: LoggedInUser;
let room: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { routers: 1, env: { ROUTER_MAX_EVENT_LOOP_LAG_MS: String(MAX_LAG_MS) } });
  ann = await stack.registerAndLogin('ann@shed.test');
  ben = await stack.registerAndLogin('ben@shed.test');
  room = (await stack.chatClient.CreateRoom({ user_id: ann.userId, name: 'shed', user_ids: [ben.userId] })).id;
  for (const user of [ann, ben]) sockets.push(await connect(stack.routerUrls[0]!, { authorization: `Bearer ${user.accessToken}` }));
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await env?.cleanup();
});

const stored = async () => Number((await stack.chatClient.ListMessages({ user_id: ann.userId, room_id: room, limit: 1 })).count);

/** Keeps this process's event loop busy, as a router whose CPU is spent would be. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('load shedding at the router (ROUTER_MAX_EVENT_LOOP_LAG_MS)', () => {
  it('refuses sends while the event loop runs late, with retryAfter and nothing stored, and takes them again once it keeps up', async () => {
    const [sender, member] = sockets as [TestSocket, TestSocket];
    const before = await stored();

    busyFor(400);
    const refused = await sender.request<{ _id?: string; error?: unknown }>('message', room, { content: 'sent while late', nonce: 'shed-1' });
    expect(refused).toEqual({
      error: { code: 'RESOURCE_EXHAUSTED', message: 'the router is overloaded: the message was not stored; retry in 1 s', retryAfter: 1 },
    });
    expect(await stored()).toBe(before);

    // The lateness fades within a few probes once the loop keeps up; the retry (same nonce) is then stored once.
    await new Promise((r) => setTimeout(r, 500));
    const accepted = await sender.request<{ _id?: string; content?: string }>('message', room, { content: 'sent while late', nonce: 'shed-1' });
    expect(accepted._id).toEqual(expect.any(String));
    const [delivered] = await member.waitForEvents<{ _id: string; content: string }>('message', 1);
    expect(delivered).toMatchObject({ _id: accepted._id, content: 'sent while late' });
    // The refused send never reached anyone.
    expect(member.payloads('message')).toHaveLength(1);
    expect(await stored()).toBe(before + 1);
  });
});
