import fp from 'fastify-plugin';
import { createAuthClient, createChatClient, type AuthClient, type ChatClient } from '@chat/grpc';

declare module 'fastify' {
  interface FastifyInstance {
    authClient: AuthClient;
    chatClient: ChatClient;
  }
}

export interface GrpcClientsOptions {
  authGrpcUrl: string;
  chatGrpcUrl: string;
  deadlineMs: number;
}

/** The upstream services. grpc-js connects lazily, so a service not up yet only fails the calls made meanwhile. */
export const grpcClients = fp<GrpcClientsOptions>(
  async (app, { authGrpcUrl, chatGrpcUrl, deadlineMs }) => {
    const auth = createAuthClient(authGrpcUrl, deadlineMs);
    const chat = createChatClient(chatGrpcUrl, deadlineMs);
    app.decorate('authClient', auth);
    app.decorate('chatClient', chat);
    app.addHook('onClose', async () => {
      auth.close();
      chat.close();
    });
  },
  { name: 'grpc-clients' },
);
