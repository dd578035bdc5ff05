import fp from 'fastify-plugin';
import { createTokenVerifier, type TokenVerifier } from '@chat/tokens';

declare module 'fastify' {
  interface FastifyInstance {
    tokenVerifier: TokenVerifier;
  }
}

/** Access tokens verified locally against auth's public keys: no call to auth per request. */
export const tokenVerifier = fp(
  async (app) => {
    // Waits for auth's key set: the gateway cannot authenticate anyone without it.
    const verifier = await createTokenVerifier(app.authClient);
    app.decorate('tokenVerifier', verifier);
    app.addHook('onClose', async () => verifier.close());
  },
  { name: 'token-verifier', dependencies: ['grpc-clients'] },
);
