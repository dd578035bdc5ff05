import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { fileURLToPath } from 'node:url';

const protoFile = fileURLToPath(new URL('../../../protos/grpc/health/v1/health.proto', import.meta.url));

export type ServingStatus = 'SERVING' | 'NOT_SERVING';
type WireStatus = ServingStatus | 'SERVICE_UNKNOWN';

interface HealthRequest {
  service: string;
}

/** How often a Watch stream looks again; it sends only changes. */
const WATCH_EVERY_MS = 5000;

let definition: grpc.ServiceDefinition | undefined;

/** grpc.health.v1.Health, loaded with the same options as our own protos. */
export function healthServiceDefinition(): grpc.ServiceDefinition {
  if (!definition) {
    const pkg = protoLoader.loadSync(protoFile, { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true });
    const loaded = grpc.loadPackageDefinition(pkg) as unknown as { grpc: { health: { v1: { Health: { service: grpc.ServiceDefinition } } } } };
    definition = loaded.grpc.health.v1.Health.service;
  }
  return definition;
}

export interface HealthService {
  implementation: grpc.UntypedServiceImplementation;
  /**
   * From now on every answer is NOT_SERVING; open Watch streams are told so
   * and ended, or the server's graceful shutdown would wait for them forever.
   */
  drain(): void;
}

/**
 * The standard gRPC health protocol (grpc.health.v1) for one process:
 * `status()` is asked on every Check (a probe every few seconds, so a fresh
 * answer is cheap enough), for the whole server (`service` empty) and for
 * each service it names; any other name is NOT_FOUND, as the protocol says.
 */
export function createHealthService(services: readonly string[], status: () => Promise<ServingStatus>): HealthService {
  const known = new Set(['', ...services]);
  let draining = false;
  const watchers = new Set<grpc.ServerWritableStream<HealthRequest, unknown>>();
  const answer = async (service: string): Promise<WireStatus> => {
    if (!known.has(service)) return 'SERVICE_UNKNOWN';
    if (draining) return 'NOT_SERVING';
    return status().catch(() => 'NOT_SERVING' as const);
  };
  const implementation: grpc.UntypedServiceImplementation = {
    Check: ((call: grpc.ServerUnaryCall<HealthRequest, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      void answer(call.request.service).then((s) =>
        s === 'SERVICE_UNKNOWN' ? callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request.service}` }) : callback(null, { status: s }),
      );
    }) as grpc.handleUnaryCall<HealthRequest, unknown>,
    Watch: ((call: grpc.ServerWritableStream<HealthRequest, unknown>) => {
      let last: WireStatus | undefined;
      let timer: NodeJS.Timeout | undefined;
      const look = async () => {
        const s = await answer(call.request.service);
        if (call.cancelled || !watchers.has(call)) return;
        if (s !== last) call.write({ status: s });
        last = s;
        timer = setTimeout(() => void look(), WATCH_EVERY_MS);
      };
      watchers.add(call);
      call.on('cancelled', () => {
        clearTimeout(timer);
        watchers.delete(call);
      });
      void look();
    }) as grpc.handleServerStreamingCall<HealthRequest, unknown>,
  };
  return {
    implementation,
    drain() {
      draining = true;
      for (const call of watchers) {
        call.write({ status: 'NOT_SERVING' });
        call.end();
      }
      watchers.clear();
    },
  };
}

/** A Check client, for tests and for probes written in Node. */
export function checkGrpcHealth(address: string, service = '', deadlineMs = 2000): Promise<string> {
  const Client = grpc.makeGenericClientConstructor(healthServiceDefinition(), 'Health');
  const client = new Client(address, grpc.credentials.createInsecure());
  return new Promise<string>((resolve, reject) => {
    client.makeUnaryRequest(
      '/grpc.health.v1.Health/Check',
      (r: HealthRequest) => Buffer.from(healthServiceDefinition().Check!.requestSerialize(r)),
      (b: Buffer) => healthServiceDefinition().Check!.responseDeserialize(b) as { status: string },
      { service },
      { deadline: Date.now() + deadlineMs },
      (error, response) => {
        client.close();
        return error ? reject(error) : resolve(response!.status);
      },
    );
  });
}

/** A Watch stream: `onStatus` hears each status sent, `onEnd` when the server ends the stream. */
export function watchGrpcHealth(address: string, onStatus: (status: string) => void, onEnd: () => void): { close(): void } {
  const Client = grpc.makeGenericClientConstructor(healthServiceDefinition(), 'Health');
  const client = new Client(address, grpc.credentials.createInsecure());
  const watch = healthServiceDefinition().Watch!;
  const call = client.makeServerStreamRequest(
    watch.path,
    (r: HealthRequest) => Buffer.from(watch.requestSerialize(r)),
    (b: Buffer) => watch.responseDeserialize(b) as { status: string },
    { service: '' },
  );
  call.on('data', (response: { status: string }) => onStatus(response.status));
  call.on('error', () => undefined);
  call.on('end', onEnd);
  return {
    close() {
      call.cancel();
      client.close();
    },
  };
}
