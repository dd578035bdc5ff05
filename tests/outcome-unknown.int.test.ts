import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startChatProcesses, type ChatStackPorts, type ProcessStack } from '@chat/testing/process-stack.ts';

/**
 * A send whose answer the router cannot know: chat-core frozen (SIGSTOP) past
 * the router's gRPC deadline, as when it hangs or dies mid-transaction. The
 * sender is told the message may have been stored and that resending with
 * the same nonce is safe; resending so stores it exactly once.
 */

let env: TestEnv;
let stack: ProcessStack;
let ports: ChatStackPorts;
let socket: Socket | undefined;

beforeAll(async () => {
  env = await createTestEnv();
  ({ stack, ports } = await startChatProcesses({ ...env.env, LOG_LEVEL: 'warn', GRPC_DEADLINE_MS: '1500' }));
}, 180_000);

afterAll(async () => {
  socket?.close();
  stack?.signal('chat-core', 'SIGCONT');
  await stack?.stopAll();
  await env?.cleanup();
});

async function http<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${ports.gateway}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

async function user(email: string): Promise<{ userId: string; accessToken: string }> {
  await http('POST', '/authentication/local/new', { email, password: 'correct horse battery staple' });
  return http('POST', '/authentication/local', { email, password: 'correct horse battery staple' });
}

describe('a send whose outcome the router cannot know', () => {
  it('answers OUTCOME_UNKNOWN, and a resend with the same nonce stores the message once', async () => {
    const ann = await user('ann@outcome.test');
    const ben = await user('ben@outcome.test');
    const { roomId } = await http<{ roomId: string }>('POST', '/chat/rooms', { roomName: 'limbo', users: [ben.userId] }, ann.accessToken);
    socket = io(`http://127.0.0.1:${ports.routers[0]}/chat`, { path: '/realtime', transports: ['websocket'], extraHeaders: { Authorization: `Bearer ${ann.accessToken}` } });
    await new Promise<void>((resolve, reject) => {
      socket!.once('connect', resolve);
      socket!.once('connect_error', reject);
    });
    const message = { content: 'did it arrive?', nonce: 'limbo-1' };

    stack.signal('chat-core', 'SIGSTOP');
    const lost = (await socket.timeout(10_000).emitWithAck('message', roomId, message)) as { error?: { code: string; message: string } };
    stack.signal('chat-core', 'SIGCONT');
    expect(lost.error?.code).toBe('OUTCOME_UNKNOWN');
    expect(lost.error?.message).toMatch(/may have been stored; resending it with the same nonce is safe/);

    const stored = (await socket.timeout(10_000).emitWithAck('message', roomId, message)) as { _id?: string; seq?: number; nonce?: string };
    expect(stored).toMatchObject({ _id: expect.any(String), nonce: 'limbo-1', content: 'did it arrive?' });
    const history = await http<{ messages: { _id: string; message: string }[] }>('GET', `/chat/messages?roomId=${roomId}`, undefined, ann.accessToken);
    expect(history.messages.filter((m) => m.message === 'did it arrive?').map((m) => m._id)).toEqual([stored._id]);
  });
});
