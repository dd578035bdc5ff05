import * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DomainError, invalid, isDatabaseUnreachable, isDomainError, tracingOn, type Logger } from '@chat/common';
import { methodMeter } from './grpc-metrics.ts';
import { inServerSpan } from './grpc-tracing.ts';
import { ANSWERED, toGrpcStatus } from './status.ts';

/** What a handler may know of its call besides the request. */
export interface CallContext {
  /** Date.now() past which the caller no longer waits for the answer; Infinity when it set no deadline. */
  deadline: number;
}

type Handler<M> = M extends MethodDefinition<infer _Req, infer Res, infer ReqOut, infer _ResOut>
  ? (request: ReqOut, context: CallContext) => Promise<Res>
  : never;

/**
 * One async function per rpc of the service: the whole service must be
 * implemented. grpc-js's ServiceDefinition has a string index signature that
 * would turn every key into `never`; only the named rpcs are kept.
 */
export type Implementation<D> = { [K in keyof D as string extends K ? never : K]: Handler<D[K]> };

/** The path of the first string holding U+0000, `''` for the value itself; undefined when there is none. */
export function nulPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Turns async handlers into grpc-js unary handlers. A DomainError becomes its
 * status with its message; anything else is INTERNAL with an id that is
 * logged beside the real error, so no stack or SQL reaches the caller.
 */
export function implement<D extends grpc.ServiceDefinition>(
  definition: D,
  impl: Implementation<D>,
  log: Logger,
): grpc.UntypedServiceImplementation {
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const [name, fn] of Object.entries(impl) as [string, (req: unknown, context: CallContext) => Promise<unknown>][]) {
    const path = definition[name]?.path ?? `/unknown/${name}`;
    const meter = methodMeter('server', path);
    handlers[name] = ((call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const startedAt = performance.now();
      // Postgres text cannot hold U+0000 and every service keeps its strings
      // there: refused here, it is the caller's mistake instead of an INTERNAL from the driver.
      const nul = nulPath(call.request);
      const context = { deadline: deadlineOf(call) };
      const run = nul === undefined ? () => fn(call.request, context) : () => Promise.reject(invalid(`${nul || 'request'} must not contain the character U+0000`));
      (tracingOn() ? inServerSpan(path, call.metadata, run) : run()).then(
        (response) => {
          meter.record(grpc.status.OK, startedAt);
          return callback(null, response);
        },
        (error: unknown) => {
          const answer = domainAnswer(error, log, name);
          meter.record(toGrpcStatus(answer.code), startedAt);
          const metadata = new grpc.Metadata();
          // The service's own answer, as opposed to a failure of the transport (see fromServiceError).
          metadata.set(ANSWERED, '1');
          if (answer.retryAfter !== undefined) metadata.set('retry-after', String(answer.retryAfter));
          return callback({ code: toGrpcStatus(answer.code), details: answer.message, metadata });
        },
      );
    }) as grpc.handleUnaryCall<unknown, unknown>;
  }
  return handlers;
}

/**
 * What a failed call answers: a DomainError as it is; Postgres away as
 * UNAVAILABLE (not a bug: the caller may retry, and must be told it can);
 * anything else as INTERNAL with an id that is logged beside the real
 * error, so no stack or SQL reaches the caller.
 */
export function domainAnswer(error: unknown, log: Logger, rpc: string): DomainError {
  if (isDomainError(error)) return error;
  if (isDatabaseUnreachable(error)) {
    log.warn({ err: error, rpc }, 'database unreachable');
    return new DomainError('UNAVAILABLE', 'the database is unavailable, try again');
  }
  const errorId = randomUUID();
  log.error({ err: error, errorId, rpc }, 'unhandled error in rpc');
  return new DomainError('INTERNAL', `internal error (id ${errorId})`);
}

function deadlineOf(call: grpc.ServerUnaryCall<unknown, unknown>): number {
  const deadline = call.getDeadline();
  const ms = deadline instanceof Date ? deadline.getTime() : deadline;
  return Number.isFinite(ms) && ms > 0 ? ms : Infinity;
}

export interface GrpcServerHandle {
  port: number;
  close(): Promise<void>;
}

/**
 * Binds a server on host:port (0 picks a free port). close() stops taking
 * calls and lets in-flight ones finish, forcing after a grace period so a
 * stuck call cannot hold shutdown forever.
 */
export async function startGrpcServer(
  services: [grpc.ServiceDefinition, grpc.UntypedServiceImplementation][],
  host: string,
  port: number,
): Promise<GrpcServerHandle> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 4 * 1024 * 1024 });
  for (const [definition, impl] of services) server.addService(definition, impl);
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (error, p) =>
      error ? reject(error) : resolve(p),
    ),
  );
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 5000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
