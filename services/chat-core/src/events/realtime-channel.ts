/**
 * How chat-core addresses the routers' sockets. The key and namespace both
 * sides must agree on come from @chat/common, which the router imports too.
 */
export { CHAT_NAMESPACE, socketIoKey } from '@chat/common';

/** A chat room's Socket.IO room is named by the room id itself. */
export const roomChannel = (roomId: string): string => roomId;

/** Every socket of a user joins this room, so chat-core can reach a user without knowing their sockets. */
export const userChannel = (userId: string): string => `user:${userId}`;

/** Postgres NOTIFY channel: a write transaction wakes the publisher of whichever process leads. */
export const OUTBOX_NOTIFY_CHANNEL = 'chat_room_events';
