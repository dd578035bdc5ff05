import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

let env: TestEnv;
let stack: TestStack;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

describe('close()', () => {
  it('lets sends already accepted finish, commits and publishes them, then lets go', async () => {
    const [alice, bob] = (await stack.users(2)) as [string, string];
    // The only chat-core of this file, so the one leading the publisher: its final flush is under test.
    const chat = stack.chat;
    const room = (await chat.client.CreateRoom({ user_id: alice, name: 'closing', user_ids: [bob] })).id;
    const sends = Array.from({ length: 200 }, (_, i) =>
      chat.client.SendMessage({ user_id: i % 2 ? alice : bob, room_id: room, content: `m${i}`, content_type: '', files: [], nonce: '' }),
    );
    // Let the first calls reach the server, then close while the rest are queued or in flight.
    await sends[0];
    await chat.close();
    const results = await Promise.allSettled(sends);

    const acked = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.message!.id] : []));
    expect(acked.length).toBeGreaterThan(0);
    // Calls that did not make it before the server stopped are refused, never half-done.
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'UNAVAILABLE' });
    const stored = await stack.pool.query<{ id: string }>('SELECT id FROM chat.messages WHERE room_id = $1', [room]);
    expect(stored.rows.map((r) => r.id).sort()).toEqual([...acked].sort());
    // Published before close returned: nothing else is left to publish it.
    const unpublished = await stack.pool.query('SELECT seq FROM chat.outbox WHERE room_id = $1', [room]);
    expect(unpublished.rows).toEqual([]);
  });
});
