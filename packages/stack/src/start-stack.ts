import type { AuthHandle } from '@chat/auth';
import type { ChatCoreHandle } from '@chat/chat-core';
import type { GatewayHandle } from '@chat/gateway';
import type { RouterHandle } from '@chat/router';
import { StackComposer, type ComposerOptions, type Env } from './stack-composer.ts';

export interface ComposedStack {
  auth: AuthHandle;
  chat: ChatCoreHandle;
  gateway: GatewayHandle;
  routers: RouterHandle[];
  /** What started them: more routers or chat-cores join the same close. */
  composer: StackComposer;
  /** Closes them all in reverse start order. */
  close(): Promise<void>;
}

/**
 * The four services in this process: auth, chat-core, the gateway and
 * `routers` routers, in that order, each reading `env` as it reads its own
 * (ports included) and finding the others at the ports they got. A failed
 * start closes what had started.
 */
export async function startStack(env: Env, { routers = 1, ...options }: ComposerOptions & { routers?: number } = {}): Promise<ComposedStack> {
  const composer = new StackComposer(env, options);
  try {
    const auth = await composer.auth();
    const chat = await composer.chatCore();
    const gateway = await composer.gateway();
    const started: RouterHandle[] = [];
    for (let i = 0; i < routers; i++) started.push(await composer.router());
    return { auth, chat, gateway, routers: started, composer, close: () => composer.close() };
  } catch (error) {
    await composer.close();
    throw error;
  }
}
