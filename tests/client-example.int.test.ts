import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startStack, type Stack } from '@chat/testing/stack.ts';

/** docs/CLIENT.md's runnable example keeps running: it is run here as a reader would, against a stack. */

let env: TestEnv;
let stack: Stack;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

describe('the SDK example of docs/CLIENT.md', () => {
  it('runs: two users exchange a message each way and see both, in order', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/client/examples/two-users.ts'], {
      env: { ...process.env, CHAT_URL: stack.gatewayUrl, CHAT_SOCKET_URL: stack.routerUrls[0] },
      timeout: 30_000,
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toContain("ann's message is stored as #2");
    expect(lines.filter((l) => l.startsWith('ben got'))).toEqual(['ben got #2 from them: hello, Ben', 'ben got #3 from me: hi Ann']);
    expect(lines.filter((l) => l.startsWith('ann got'))).toEqual(['ann got #2 from me: hello, Ben', 'ann got #3 from them: hi Ann']);
    expect(lines.at(-1)).toBe('errors are ChatErrors: NOT_FOUND (404)');
  });
});
