/**
 * The wiring chat-core's publisher and every router's Socket.IO server must
 * share, or events go nowhere. Routers configure `@socket.io/redis-adapter`
 * with the same key; both sides derive it from their REDIS_PREFIX.
 */

/** The Redis key (channel prefix) of the emitter/adapter pair: `${REDIS_PREFIX}:socket.io`. */
export const socketIoKey = (redisPrefix: string): string => `${redisPrefix}:socket.io`;

/** The Socket.IO namespace clients connect to. */
export const CHAT_NAMESPACE = '/chat';

/** A chat room's Socket.IO room is named by the room id itself. */
export const roomChannel = (roomId: string): string => roomId;

/** Every socket of a user joins this room, so chat-core can reach a user without knowing their sockets. */
export const userChannel = (userId: string): string => `user:${userId}`;

/** Postgres NOTIFY channel: a write transaction wakes the publisher of whichever process leads. */
export const OUTBOX_NOTIFY_CHANNEL = 'chat_room_events';
