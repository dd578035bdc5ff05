// bench/ is no workspace package, so it borrows its server libraries from the
// services that use them. That is also the point: the baseline must run the same
// socket.io (and the bare HTTP route the same Fastify) as ours, version for version.
// The types come from the same copies, by path, so the root typecheck needs no
// path mapping that would apply to the services too.
import { createRequire } from 'node:module';

type SocketIo = typeof import('../services/router/node_modules/socket.io/dist/index.js');
type Fastify = typeof import('../services/gateway/node_modules/fastify/fastify.js');
export type { Socket as ServerSocket } from '../services/router/node_modules/socket.io/dist/index.js';

const fromRouter = createRequire(new URL('../services/router/package.json', import.meta.url));
const fromGateway = createRequire(new URL('../services/gateway/package.json', import.meta.url));

export const { Server: SocketIoServer } = fromRouter('socket.io') as SocketIo;
export const { fastify } = fromGateway('fastify') as Fastify;
