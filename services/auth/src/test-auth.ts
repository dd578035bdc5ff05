import { createAuthClient, type AuthClient } from '@chat/grpc';
import type { TestEnv } from '@chat/testing';
import { loadAuthConfig } from './config.ts';
import { start, type AuthHandle } from './start.ts';

export interface TestAuth {
  handle: AuthHandle;
  client: AuthClient;
  address: string;
  close(): Promise<void>;
}

/** Auth on a free port against the test file's database and Redis prefix, with a real gRPC client. */
export async function startTestAuth(env: TestEnv, extra: Record<string, string> = {}): Promise<TestAuth> {
  const handle = await start(loadAuthConfig({ ...env.env, AUTH_GRPC_PORT: '0', ...extra }));
  const address = `127.0.0.1:${handle.grpcPort}`;
  const client = createAuthClient(address, 5000);
  return {
    handle,
    client,
    address,
    async close() {
      client.close();
      await handle.close();
    },
  };
}
