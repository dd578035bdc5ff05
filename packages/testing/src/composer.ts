// The stack's one in-process composer, for the tests that start services themselves (@chat/stack),
// and embedded mode's composition of it, which the `single-node` test project runs as `pnpm start` does.
// (The one import of scripts/ from here: it takes the router's in-process send from
// scripts/embedded/in-process-send.ts.)
export { StackComposer } from '@chat/stack';
export { startSingleNode } from '../../../scripts/embedded/single-node.ts';

/** Every service on a port of the OS's choosing, on loopback: test files run side by side. */
export const FREE_PORTS = {
  AUTH_GRPC_PORT: '0',
  CHAT_GRPC_PORT: '0',
  GATEWAY_HOST: '127.0.0.1',
  GATEWAY_PORT: '0',
  ROUTER_HOST: '127.0.0.1',
  CLIENT_SOCKET_PORT: '0',
} as const;
