import { startStack, type ComposedStack } from '@chat/stack';
import type { RouterHandle } from '@chat/router';
import { inProcessSend } from './in-process-send.ts';

export interface SingleNodeHandle extends ComposedStack {
  /** The one router. */
  router: RouterHandle;
}

/**
 * The four services in this one process, without Redis: auth and chat-core
 * still serve gRPC on loopback and the gateway and router still call them
 * over it, so every request takes the same code path as in a scaled-out
 * deployment, but for sends: the router hands those to chat-core's append
 * queue directly (in-process-send.ts), the hot path without two hops. What
 * Redis does between processes happens in memory: rate-limit counts, and
 * chat-core's events, which go straight to the router's timeline fan-out
 * through a LocalEventBus instead of through Redis. One router, since
 * nothing would carry events to a second. Composed as every in-process
 * stack is (@chat/stack), closed in reverse start order.
 *
 * `env` is read as each service reads its own; *_GRPC_URL are derived from
 * the ports the services got.
 */
export async function startSingleNode(env: NodeJS.ProcessEnv): Promise<SingleNodeHandle> {
  const stack = await startStack(env, { singleNode: { send: inProcessSend } });
  return { ...stack, router: stack.routers[0]! };
}
