import { fileURLToPath } from 'node:url';
import { assertPostgresReachable, createLogger, createPool, ensureDatabase, migrate } from '@chat/common';
import { chatService, implement, startGrpcServer, type Implementation } from '@chat/grpc';
import type { ChatCoreDefinition } from '@chat/grpc/generated/chat/core/v1/ChatCore.ts';
import type { ChatCoreConfig } from './config.ts';

export interface ChatCoreHandle {
  grpcPort: number;
  close(): Promise<void>;
}

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

export async function start(config: ChatCoreConfig): Promise<ChatCoreHandle> {
  const log = createLogger('chat-core', config.logLevel);
  if (config.nodeEnv !== 'test') await ensureDatabase(config.databaseUrl).catch(() => undefined);
  await assertPostgresReachable(config.databaseUrl);
  const pool = createPool(config.databaseUrl);
  await migrate(pool, 'chat', migrations);

  const notYet = async (): Promise<never> => {
    throw new Error('not implemented yet');
  };
  const impl = new Proxy({} as Implementation<ChatCoreDefinition>, {
    get: (_t, name) =>
      name === 'Health'
        ? async () => {
            await pool.query('SELECT 1');
            return { status: 'SERVING', checks: { postgres: 'ok' } };
          }
        : notYet,
    ownKeys: () => Object.keys(chatService()),
    getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
  });
  const server = await startGrpcServer([[chatService(), implement(chatService(), impl, log)]], config.grpc.host, config.grpc.port);
  log.info({ port: server.port }, 'chat-core listening');

  return {
    grpcPort: server.port,
    async close() {
      // Stop taking calls and let in-flight ones finish before the pool goes away.
      await server.close();
      await pool.end();
    },
  };
}
