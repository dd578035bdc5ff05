import * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { performance } from 'node:perf_hooks';
import { tracingOn } from '@chat/common';
import { methodMeter } from './grpc-metrics.ts';
import { clientCallSpan, endCallSpan } from './grpc-tracing.ts';
import { fromServiceError } from './status.ts';
import { loadProtos } from './loader.ts';
import type { AuthDefinition } from './generated/chat/auth/v1/Auth.ts';
import type { ChatCoreDefinition } from './generated/chat/core/v1/ChatCore.ts';
import type { WebhooksDefinition } from './generated/chat/webhooks/v1/Webhooks.ts';

type Method<M> = M extends MethodDefinition<infer Req, infer _Res, infer _ReqOut, infer ResOut>
  ? (request: Req, options?: { deadlineMs?: number }) => Promise<ResOut>
  : never;

/** A promise-returning client whose every call has a deadline and throws DomainError. */
export type PromiseClient<D> = { [K in keyof D]: Method<D[K]> } & { close(): void };

export type AuthClient = PromiseClient<AuthDefinition>;
export type ChatClient = PromiseClient<ChatCoreDefinition>;
export type WebhooksClient = PromiseClient<WebhooksDefinition>;

function promisify<D extends grpc.ServiceDefinition>(
  Ctor: typeof grpc.Client & { service: D },
  address: string,
  deadlineMs: number,
  name: string,
): PromiseClient<D> {
  const client = new Ctor(address, grpc.credentials.createInsecure(), {
    'grpc.keepalive_time_ms': 30_000,
  });
  const result: Record<string, unknown> = { close: () => client.close() };
  for (const method of Object.keys(Ctor.service)) {
    const definition = Ctor.service[method]!;
    const meter = methodMeter('client', definition.path);
    result[method] = (request: unknown, options?: { deadlineMs?: number }) =>
      new Promise((resolve, reject) => {
        const startedAt = performance.now();
        const deadline = Date.now() + (options?.deadlineMs ?? deadlineMs);
        const metadata = new grpc.Metadata();
        const span = tracingOn() ? clientCallSpan(definition.path, metadata) : undefined;
        client.makeUnaryRequest(
          definition.path,
          definition.requestSerialize,
          definition.responseDeserialize,
          request,
          metadata,
          { deadline },
          (error, response) => {
            meter.record(error ? error.code : grpc.status.OK, startedAt);
            if (span) endCallSpan(span, error ? error.code : grpc.status.OK);
            return error ? reject(fromServiceError(error, name)) : resolve(response);
          },
        );
      });
  }
  return result as PromiseClient<D>;
}

export function createAuthClient(address: string, deadlineMs = 5000): AuthClient {
  return promisify(loadProtos().chat.auth.v1.Auth, address, deadlineMs, 'auth');
}

export function createChatClient(address: string, deadlineMs = 5000): ChatClient {
  return promisify(loadProtos().chat.core.v1.ChatCore, address, deadlineMs, 'chat-core');
}

/** chat-core's webhook administration (protos/webhooks.proto), on chat-core's address. */
export function createWebhooksClient(address: string, deadlineMs = 5000): WebhooksClient {
  return promisify(loadProtos().chat.webhooks.v1.Webhooks, address, deadlineMs, 'chat-core');
}
