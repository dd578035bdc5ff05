/**
 * The wiring chat-core's publisher and every router must share, or events
 * go nowhere: both import it from here.
 */

/** The Socket.IO namespace clients connect to. */
export const CHAT_NAMESPACE = '/chat';

/** What socket.io-client makes of the tutorial's `http://localhost:3001/chat/`: served as the same namespace. */
export const CHAT_NAMESPACE_ALIAS = '/chat/';

/**
 * A room's timeline event, or a live-only signal, as chat-core publishes it
 * to the routers right after the commit that stored it. The routers emit
 * `payload` to the room's sockets under the event name `type`, each room's
 * events in seq order.
 */
export interface TimelineEnvelope {
  room: string;
  /** The room's seq; 0 for a signal that is not part of the timeline (typing, read receipts). */
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  /** Who made the change (room-deleted: their sockets hear of it even after leaving). Null: the system. */
  actor: string | null;
  /** When it was committed (ms since the epoch): the start of the `fanout` stage. */
  at: number;
  /**
   * W3C trace context of the request that made it, while tracing is on: the
   * routers' `emit` span continues that trace. Never stored (the recovery
   * pass's envelopes have none), never sent to clients (they get `payload`).
   */
  traceparent?: string;
}

/** The Redis channel chat-cores publish timeline envelopes on (JSON arrays), and every router subscribes to. */
export const timelineChannel = (redisPrefix: string): string => `${redisPrefix}:timeline`;
