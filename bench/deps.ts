// bench/ is no workspace package, so it borrows its server libraries from the
// services that use them. That is also the point: the baseline must run the same
// socket.io (and the bare HTTP route the same Fastify) as ours, version for version.
import { createRequire } from 'node:module';

const fromRouter = createRequire(new URL('../services/router/package.json', import.meta.url));
const fromGateway = createRequire(new URL('../services/gateway/package.json', import.meta.url));

export const { Server: SocketIoServer } = fromRouter('socket.io') as typeof import('socket.io');
export const { fastify } = fromGateway('fastify') as typeof import('fastify');
