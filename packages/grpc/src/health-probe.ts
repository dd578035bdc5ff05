// A container healthcheck for auth and chat-core: exits 0 when the gRPC
// server at the address answers grpc.health.v1 Check with SERVING, 1
// otherwise (docker-compose.yml runs it; the image has no grpc_health_probe).
//   node --import tsx packages/grpc/src/health-probe.ts 127.0.0.1:50051
import { checkGrpcHealth } from './health-service.ts';

const address = process.argv[2] ?? '127.0.0.1:50051';
checkGrpcHealth(address, '', 2000).then(
  (status) => {
    if (status !== 'SERVING') console.error(`${address}: ${status}`);
    process.exit(status === 'SERVING' ? 0 : 1);
  },
  (error: unknown) => {
    console.error(`${address}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
