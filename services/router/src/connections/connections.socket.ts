import type { Logger } from '@chat/common';
import type { TokenVerifier } from '@chat/tokens';
import type { ChatCoreClient } from '../chat-core/chat-core-client.ts';
import type { MessageRateLimit } from '../messages/message-rate-limit.ts';
import type { EventRateLimit } from '../realtime/event-rate-limit.ts';
import { registerMessageEvents } from '../messages/messages.socket.ts';
import type { ChatNamespace, ChatSocket } from '../realtime/chat-socket.ts';
import { ClientEvents } from '../realtime/client-event.ts';
import { registerSyncEvents } from '../sync/sync.socket.ts';
import { authenticateHandshake } from './handshake-auth.ts';
import { RoomMembership } from './room-membership.ts';
import type { SocketCaps } from './socket-caps.ts';
import { TokenExpiry } from './token-expiry.ts';

export interface ConnectionsDeps {
  verifier: TokenVerifier;
  chat: ChatCoreClient;
  log: Logger;
  rateLimit: MessageRateLimit;
  /** sync, messagesRead, authenticate and unknown events. */
  eventLimit: EventRateLimit;
  /** Shared by the router's namespaces. */
  caps: SocketCaps;
  tokenExpiryGraceMs: number;
  syncMaxEvents: number;
}

/**
 * The whole client contract on one namespace: handshake, rooms, token
 * lifetime, client events. What a socket costs while idle is measured (docs/BENCHMARKS.md,
 * "Memory per socket"), so the per-socket work is done by objects of the
 * namespace, shared by its sockets: one expiry timer, one event listener,
 * one string per room name.
 */
export function serveChatNamespace(nsp: ChatNamespace, deps: ConnectionsDeps): void {
  const { chat, log } = deps;
  const rooms = new RoomMembership(nsp, chat, log);
  const expiry = new TokenExpiry({ verifier: deps.verifier, rooms, graceMs: deps.tokenExpiryGraceMs, log });
  // In this order the refusal of an unknown event lists them. The message
  // events' handlers hold their socket, so a socket gets them when it first sends one.
  const { eventLimit, caps } = deps;
  const events = new ClientEvents(log, eventLimit).onFirstUse(['message', 'typing', 'messagesRead'], (socket) =>
    registerMessageEvents(socket, { chat, session: expiry.sessionOf(socket), log, rateLimit: deps.rateLimit, eventLimit }),
  );
  registerSyncEvents(events, { chat, expiry, eventLimit, maxEvents: deps.syncMaxEvents });
  events.on('authenticate', async ({ socket, args }) => {
    await eventLimit.take(socket.data.userId);
    return expiry.renew(socket, args[0]);
  });

  // socket.io calls a listener with its socket as `this`: one function for every socket.
  const onDisconnect = function (this: ChatSocket, reason: string): void {
    caps.closed(this);
    expiry.forget(this);
    log.debug({ userId: this.data.userId, socketId: this.id, reason }, 'socket disconnected');
  };

  // The address first: a refused client costs no token check.
  nsp.use(caps.checkAddress);
  nsp.use(authenticateHandshake(deps));
  nsp.use(caps.checkUser);
  nsp.on('connection', (socket) => {
    caps.opened(socket);
    expiry.track(socket);
    log.debug({ userId: socket.data.userId, socketId: socket.id, nsp: nsp.name }, 'socket connected');
    socket.on('disconnect', onDisconnect);
    // Served before the first await: events the client sends right after connecting are not lost.
    events.serve(socket);
    void rooms.join(socket);
  });
}
