import { randomUUID } from 'node:crypto';
import { loadAuthConfig, start as startAuth, type AuthHandle } from '@chat/auth';
import { createPool, type Pool } from '@chat/common';
import { createAuthClient, createChatClient, type AuthClient, type ChatClient } from '@chat/grpc';
import type { TestEnv } from '@chat/testing';
import { loadChatCoreConfig } from './config.ts';
import { start, type ChatCoreHandle } from './start.ts';

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
  const auth = await startAuth(loadAuthConfig({ ...env.env, AUTH_GRPC_PORT: '0' }));
  const authAddress = `127.0.0.1:${auth.grpcPort}`;
  const authClient = createAuthClient(authAddress, DEADLINE_MS);
  const chats: TestChat[] = [];
  const startChat = async (extra: Record<string, string> = {}): Promise<TestChat> => {
    const handle = await start(
      loadChatCoreConfig({
        ...env.env,
        CHAT_GRPC_PORT: '0',
        AUTH_GRPC_URL: authAddress,
        GRPC_DEADLINE_MS: String(DEADLINE_MS),
        ...chatEnv,
        ...extra,
      }),
    );
    const client = createChatClient(`127.0.0.1:${handle.grpcPort}`, DEADLINE_MS);
    let closed = false;
    const chat = {
      handle,
      client,
      async close() {
        if (closed) return;
        closed = true;
        client.close();
        await handle.close();
      },
    };
    chats.push(chat);
    return chat;
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
      for (const c of chats.reverse()) await c.close();
      authClient.close();
      await auth.close();
      await pool.end();
    },
  };
}
