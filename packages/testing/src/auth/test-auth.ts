import { createAuthClient, type AuthClient } from '@chat/grpc';
import type { AuthHandle } from '@chat/auth';
import { StackComposer } from '@chat/stack';
import type { TestEnv } from '../test-env.ts';

export interface TestAuth {
  handle: AuthHandle;
  client: AuthClient;
  address: string;
  close(): Promise<void>;
}

/** Auth on a free port against the test file's database and Redis prefix, with a real gRPC client. */
export async function startTestAuth(env: TestEnv, extra: Record<string, string> = {}): Promise<TestAuth> {
  const stack = new StackComposer({ ...env.env, AUTH_GRPC_PORT: '0', ...extra });
  const handle = await stack.auth();
  const address = `127.0.0.1:${handle.grpcPort}`;
  const client = createAuthClient(address, 5000);
  stack.onClose(() => client.close());
  return { handle, client, address, close: () => stack.close() };
}
