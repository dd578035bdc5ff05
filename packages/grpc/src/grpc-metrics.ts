import { performance } from 'node:perf_hooks';
import { status } from '@grpc/grpc-js';
import { Counter, Histogram, registeredOnce } from '@chat/common';

/**
 * gRPC calls by method and status, timed, on both sides of every call: the
 * server side in `implement`, the client side in the promise clients. The
 * names and labels are the ones go-grpc-prometheus made usual, so existing
 * dashboards read them. Service and method come from the protos: bounded.
 */
const labelNames = ['grpc_service', 'grpc_method', 'grpc_code'] as const;
const timedLabels = ['grpc_service', 'grpc_method'] as const;
const buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const handled = {
  server: registeredOnce('grpc_server_handled_total', () => new Counter({ name: 'grpc_server_handled_total', help: 'gRPC calls answered by this process, by method and status', labelNames })),
  client: registeredOnce('grpc_client_handled_total', () => new Counter({ name: 'grpc_client_handled_total', help: 'gRPC calls this process made, by method and status', labelNames })),
};
const seconds = {
  server: registeredOnce('grpc_server_handling_seconds', () => new Histogram({ name: 'grpc_server_handling_seconds', help: 'Time to answer a gRPC call', labelNames: timedLabels, buckets })),
  client: registeredOnce('grpc_client_handling_seconds', () => new Histogram({ name: 'grpc_client_handling_seconds', help: 'Time a gRPC call took, as its caller saw it', labelNames: timedLabels, buckets })),
};

const STATUS_NAMES = status as unknown as Record<number, string>;

/** The meter of one method on one side: its label children are bound once, so a call costs two increments. */
export interface MethodMeter {
  /** `startedAt` from performance.now() when the call began. */
  record(code: status, startedAt: number): void;
}

/** `path` is the method's `/package.Service/Method`. */
export function methodMeter(side: 'server' | 'client', path: string): MethodMeter {
  const [, service = 'unknown', method = 'unknown'] = path.split('/');
  const timer = seconds[side].labels(service, method);
  // One counter child per status code met, indexed by the code (0–16).
  const counters: { inc(): void }[] = [];
  return {
    record(code, startedAt) {
      timer.observe((performance.now() - startedAt) / 1000);
      (counters[code] ??= handled[side].labels(service, method, STATUS_NAMES[code] ?? String(code))).inc();
    },
  };
}
