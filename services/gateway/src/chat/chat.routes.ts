import type { FastifyPluginAsync, preHandlerHookHandler } from 'fastify';
import type { AuthClient, ChatClient } from '@chat/grpc';
import { eventsRoutes } from './events.routes.ts';
import { invitationsRoutes } from './invitations.routes.ts';
import { messagesRoutes } from './messages.routes.ts';
import { roomsRoutes } from './rooms.routes.ts';

export interface ChatRoutesOptions {
  chat: ChatClient;
  /** Display names and avatars of the people in rooms and messages. */
  auth: AuthClient;
  authenticate: preHandlerHookHandler;
  /** Most user ids one request may name (room creation, addUsers). */
  maxUsersPerRequest: number;
  /** Rooms one user may create per minute; 0: unlimited. */
  roomsPerMinute: number;
}

/**
 * The tutorial's chat routes, byte for byte, and the reading routes of its
 * peers. Every route acts as the authenticated user (the hook of this scope
 * covers the four plugins in it); chat-core decides what that user may see,
 * answering 404 for rooms they are not in. Registered in this order, so the
 * OpenAPI description lists the routes as before the split.
 */
export const chatRoutes: FastifyPluginAsync<ChatRoutesOptions> = async (app, { chat, auth, authenticate, maxUsersPerRequest, roomsPerMinute }) => {
  app.addHook('preHandler', authenticate);
  app.register(roomsRoutes, { chat, auth, maxUsersPerRequest, roomsPerMinute });
  app.register(eventsRoutes, { chat });
  app.register(messagesRoutes, { chat, auth });
  app.register(invitationsRoutes, { chat });
};
