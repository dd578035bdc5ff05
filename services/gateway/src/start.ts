import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { assertRedisReachable, createLogger, withTracing } from '@chat/common';
import { buildApp } from './app.ts';
import type { GatewayConfig } from './config.ts';

export interface GatewayHandle {
  port: number;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function start(config: GatewayConfig): Promise<GatewayHandle> {
  return withTracing('gateway', config.tracing.endpoint, () => startGateway(config));
}

async function startGateway(config: GatewayConfig): Promise<GatewayHandle> {
  const log = createLogger('gateway', config.logLevel);
  if (config.redis.url) await assertRedisReachable(config.redis.url);
  const app = buildApp({ config, log });
  try {
    await app.listen({ host: config.http.host, port: config.http.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  return {
    port: (app.server.address() as AddressInfo).port,
    app,
    // Fastify stops accepting, lets in-flight requests finish, then runs the
    // plugins' onClose hooks (gRPC clients, verifier, Redis) in reverse order.
    close: () => app.close(),
  };
}
