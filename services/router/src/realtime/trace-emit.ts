import { contextOf, tracer, type TimelineEnvelope } from '@chat/common';

/**
 * The end of a message's (or a request's event's) trace: this router's
 * emit of it to the room's sockets, a child of the trace context chat-core
 * put in the envelope. Recorded after the emit (its start is the commit,
 * so the span also shows the way through Redis), tracing on only.
 */
export function traceEmit(event: TimelineEnvelope, sockets: number): void {
  const span = tracer('router').startSpan('emit', {
    startTime: event.at,
    attributes: { 'chat.room': event.room, 'chat.seq': event.seq, 'chat.event': event.type, 'chat.sockets': sockets },
  }, contextOf(event.traceparent));
  span.end();
}
