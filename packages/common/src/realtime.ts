/**
 * The wiring chat-core's event publisher and every router's Socket.IO server
 * must share, or events go nowhere: both import it from here.
 */

/** The Redis key (channel prefix) of the emitter/adapter pair: `${REDIS_PREFIX}:socket.io`. */
export const socketIoKey = (redisPrefix: string): string => `${redisPrefix}:socket.io`;

/** The Socket.IO namespace clients connect to. */
export const CHAT_NAMESPACE = '/chat';

/** What socket.io-client makes of the tutorial's `http://localhost:3001/chat/`: served as the same namespace. */
export const CHAT_NAMESPACE_ALIAS = '/chat/';
