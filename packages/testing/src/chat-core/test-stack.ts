import { randomUUID } from 'node:crypto';
import type { AuthHandle } from '@chat/auth';
import type { ChatCoreHandle } from '@chat/chat-core';
import { createPool, type Pool } from '@chat/common';
import { createAuthClient, createChatClient, type AuthClient, type ChatClient } from '@chat/grpc';
import { StackComposer } from '@chat/stack';
import type { TestEnv } from '../test-env.ts';

export interface TestChat {
  handle: ChatCoreHandle;
  client: ChatClient;
  close(): Promise<void>;
}

/**
 * What chat-core's integration tests run against: the real auth service
 * (participants are checked with its GetUsers) and chat-core itself, both
 * in-process on free ports, on the test file's own database and Redis prefix.
 */
export interface TestStack {
  auth: AuthHandle;
  authClient: AuthClient;
  /** The first chat-core, with default features. */
  chat: TestChat;
  /** Direct database access, to assert stored rows. */
  pool: Pool;
  /** Another chat-core on the same database, e.g. with other features switched on. */
  startChat(extra?: Record<string, string>): Promise<TestChat>;
  /** Registers users with auth and returns their ids. */
  users(count: number): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Generous deadlines: test files run in parallel beside other runs on the
 * same machine, and an argon2 hash or a 500-message burst on a loaded machine
 * must fail the test by its assertion, not by a deadline.
 */
const DEADLINE_MS = 25_000;

export async function startTestStack(env: TestEnv, chatEnv: Record<string, string> = {}): Promise<TestStack> {
  const stack = new StackComposer({ ...env.env, AUTH_GRPC_PORT: '0', CHAT_GRPC_PORT: '0' });
  try {
    const auth = await stack.auth();
    const authClient = createAuthClient(`127.0.0.1:${auth.grpcPort}`, DEADLINE_MS);
    stack.onClose(() => authClient.close());
    const startChat = async (extra: Record<string, string> = {}): Promise<TestChat> => {
      const handle = await stack.chatCore({ GRPC_DEADLINE_MS: String(DEADLINE_MS), ...chatEnv, ...extra });
      const client = createChatClient(`127.0.0.1:${handle.grpcPort}`, DEADLINE_MS);
      // The client goes before its chat-core, whether closed here or with the stack.
      const close = stack.onClose(async () => {
        client.close();
        await handle.close();
      });
      return { handle, client, close };
    };
    const chat = await startChat();
    const pool = createPool(env.databaseUrl, 2);
    return {
      auth,
      authClient,
      chat,
      pool,
      startChat,
      async users(count) {
        const users = await Promise.all(
          Array.from({ length: count }, () => authClient.Register({ email: `${randomUUID()}@example.test`, password: 'correct horse battery' })),
        );
        return users.map((u) => u.id);
      },
      async close() {
        await stack.close();
        await pool.end();
      },
    };
  } catch (error) {
    await stack.close();
    throw error;
  }
}
