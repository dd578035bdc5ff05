import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@chat/common';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

/**
 * Overload: a message that waited past CHAT_MAX_QUEUE_WAIT_MS is refused
 * before it enters a transaction. Here the wait allowed is 1 ms, so a burst
 * is mostly refused: what matters is that every answer is true.
 */

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let users: string[];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { CHAT_MAX_QUEUE_WAIT_MS: '1' });
  chat = stack.chat.client;
  users = await stack.users(3);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

type Answer = { nonce: string; sender: string; seq?: number; refused?: DomainError };

describe('admission under overload', () => {
  it('refuses what waited too long with RESOURCE_EXHAUSTED and retryAfter, stores none of it, and keeps each sender\'s accepted messages in send order', async () => {
    const room = (await chat.CreateRoom({ user_id: users[0]!, name: 'crowded', user_ids: users.slice(1) })).id;
    const calls: Promise<Answer>[] = [];
    for (let k = 0; k < 150; k++) {
      for (const sender of users) {
        const nonce = `${sender.slice(0, 8)}-${k}`;
        calls.push(
          chat.SendMessage({ user_id: sender, room_id: room, content: `m${k}`, content_type: '', files: [], nonce }).then(
            (r) => ({ nonce, sender, seq: Number(r.message!.seq) }),
            (error: unknown) => {
              if (!(error instanceof DomainError)) throw error;
              return { nonce, sender, refused: error };
            },
          ),
        );
      }
    }
    const answers = await Promise.all(calls);
    const refused = answers.filter((a) => a.refused);
    const stored = answers.filter((a) => a.seq !== undefined);
    expect(refused.length).toBeGreaterThan(0);
    expect(stored.length).toBeGreaterThan(0);
    for (const a of refused) {
      expect(a.refused!.code).toBe('RESOURCE_EXHAUSTED');
      expect(a.refused!.retryAfter).toBe(1);
      expect(a.refused!.message).toMatch(/not stored/);
    }

    // The database holds exactly the acknowledged messages, with gap-free seqs.
    const rows = (await stack.pool.query(`SELECT nonce, seq FROM chat.messages WHERE room_id = $1 ORDER BY seq`, [room])).rows as { nonce: string; seq: string }[];
    expect(rows.map((r) => r.nonce).sort()).toEqual(stored.map((a) => a.nonce).sort());
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: stored.length }, (_, i) => i + 2));
    for (const a of stored) expect(rows.find((r) => r.nonce === a.nonce)!.seq).toBe(String(a.seq));

    // Each sender's accepted messages are stored in the order that sender sent them.
    for (const sender of users) {
      const seqs = stored.filter((a) => a.sender === sender).map((a) => a.seq!);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    }

    // Refused, not stored: the same nonce is accepted later as a new message.
    const retry = refused[0]!;
    const again = await chat.SendMessage({ user_id: retry.sender, room_id: room, content: 'again', content_type: '', files: [], nonce: retry.nonce });
    expect(again.duplicate).toBe(false);
  });
});
