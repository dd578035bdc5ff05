import type { DefaultEventsMap, Namespace, Server, Socket } from 'socket.io';

/** What the handshake established, kept on the socket for the connection's lifetime. */
export interface SocketData {
  userId: string;
  sessionId: string;
  /** Access token expiry, in seconds since the epoch. */
  expiresAt: number;
  /** The user's rooms as listed during the handshake, joined on connect. */
  roomIds: string[];
}

// Client events take variable arguments with an optional ack; they are
// validated at runtime (messages/message-args.ts), so the maps stay untyped.
export type ChatServer = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
export type ChatNamespace = Namespace<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;
export type ChatSocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;

/** The Socket.IO room of a chat room is its id; each user's sockets share `user:<id>` (chat-core's emitter addresses both). */
export const roomChannel = (roomId: string): string => roomId;
export const userChannel = (userId: string): string => `user:${userId}`;
