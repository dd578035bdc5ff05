import type { TimelineEnvelope } from '@chat/common';
import type { RoomEvent } from '../timeline/room-event.ts';

/**
 * Where chat-core's events go: every router's TimelineFanout, through Redis
 * (RedisEventBus) or, in single-node mode, straight to the router in the
 * same process (LocalEventBus). The routers emit them to the sockets.
 */
export interface EventBus {
  /** Committed timeline events; resolves once the transport has taken them, rejects when it may not have. */
  publish(batch: TimelineEnvelope[]): Promise<void>;
  /** A live-only signal (typing, read receipts): never stored, sent at most once, best effort. */
  signal(envelope: TimelineEnvelope): void;
}

/** A committed event as the routers receive it; `at` is when it was committed. */
export const toEnvelope = (e: Pick<RoomEvent, 'roomId' | 'seq' | 'type' | 'payload' | 'actorId'> & { traceparent?: string }, at: number): TimelineEnvelope => {
  const envelope: TimelineEnvelope = { room: e.roomId, seq: e.seq, type: e.type, payload: e.payload, actor: e.actorId, at };
  // Only when the event has one (tracing on): the envelope keeps its shape otherwise.
  if (e.traceparent) envelope.traceparent = e.traceparent;
  return envelope;
};

/** A signal of the room's: no seq, since it is not part of the timeline. */
export const signalEnvelope = (roomId: string, type: string, payload: Record<string, unknown>, actorId: string): TimelineEnvelope => ({
  room: roomId,
  seq: 0,
  type,
  payload,
  actor: actorId,
  at: Date.now(),
});
