import type { Logger } from '@chat/common';
import type { TokenVerifier } from '@chat/tokens';
import type { ChatCore } from '../chat-core/chat-core.ts';
import type { MessageRateLimit } from '../messages/message-rate-limit.ts';
import { registerMessageEvents } from '../messages/messages.socket.ts';
import type { ChatNamespace } from '../realtime/chat-socket.ts';
import { onClientEvent, refuseUnknownEvents } from '../realtime/client-event.ts';
import { registerSyncEvents } from '../sync/sync.socket.ts';
import { authenticateHandshake } from './handshake-auth.ts';
import { joinRooms } from './room-membership.ts';
import { TokenSession } from './token-session.ts';

export interface ConnectionsDeps {
  verifier: TokenVerifier;
  chat: ChatCore;
  log: Logger;
  rateLimit: MessageRateLimit;
  tokenExpiryGraceMs: number;
  syncMaxEvents: number;
}

/** Every event a client may emit; anything else is refused. */
const CLIENT_EVENTS = ['message', 'typing', 'messagesRead', 'sync', 'authenticate'] as const;

/** The whole client contract on one namespace: handshake, rooms, token lifetime, client events. */
export function serveChatNamespace(nsp: ChatNamespace, deps: ConnectionsDeps): void {
  const { chat, log } = deps;
  nsp.use(authenticateHandshake(deps));
  nsp.on('connection', (socket) => {
    const session = new TokenSession(socket, { verifier: deps.verifier, graceMs: deps.tokenExpiryGraceMs, log });
    session.start();
    log.debug({ userId: socket.data.userId, socketId: socket.id, nsp: nsp.name }, 'socket connected');
    socket.on('disconnect', (reason) => {
      session.close();
      log.debug({ userId: socket.data.userId, socketId: socket.id, reason }, 'socket disconnected');
    });
    // Handlers are registered before the first await: events the client sends right after connecting are not lost.
    onClientEvent(socket, 'authenticate', async ({ args }) => session.renew(args[0]), log);
    registerMessageEvents(socket, { chat, session, log, rateLimit: deps.rateLimit });
    registerSyncEvents(socket, { chat, session, maxEvents: deps.syncMaxEvents, log });
    refuseUnknownEvents(socket, CLIENT_EVENTS);
    void joinRooms(socket, chat, log);
  });
}
