import type { Logger } from '@chat/common';
import type { ChatSocket } from './chat-socket.ts';
import { toSocketError, type SocketError } from './socket-error.ts';

export interface ClientEventContext {
  /** The event's arguments, without the ack callback. */
  args: unknown[];
  /** Whether the client passed an ack callback: a handler may then answer through it alone. */
  hasAck: boolean;
}

export type ClientEventHandler = (ctx: ClientEventContext) => Promise<unknown>;

/**
 * Registers a client event. The ack callback, when given, is the last
 * argument (socket.io's rule). A handler's result goes to the ack; an error
 * goes to the ack as `{ error }` and to the socket as `conduit_error`, and
 * never further: a bad event must neither crash the router nor drop the
 * connection.
 */
export function onClientEvent(socket: ChatSocket, event: string, handler: ClientEventHandler, log: Logger): void {
  socket.on(event, (...raw: unknown[]) => {
    const last = raw.at(-1);
    const ack = typeof last === 'function' ? (raw.pop() as (response: unknown) => void) : undefined;
    let answer: Promise<unknown>;
    try {
      answer = handler({ args: raw, hasAck: ack !== undefined });
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (result) => ack?.(result),
      (error: unknown) => {
        const failure = toSocketError(error, log, event);
        ack?.({ error: failure });
        socket.emit('conduit_error', failure);
      },
    );
  });
}

/** Longest event name quoted back in the refusal: the name is the client's, and may be huge. */
const MAX_QUOTED_NAME = 64;

/**
 * An event no handler takes is answered like a bad one, through the ack and
 * `conduit_error`: otherwise a client awaiting the ack of a misspelt event
 * (`mesage`) waits until its own timeout without being told why.
 * Whether an event is known is asked of the socket's own listeners, so a new
 * event cannot be forgotten here; `known` only words the answer.
 */
export function refuseUnknownEvents(socket: ChatSocket, known: readonly string[]): void {
  socket.onAny((event: unknown, ...raw: unknown[]) => {
    const name = String(event);
    if (socket.listeners(name).length > 0) return;
    const quoted = name.length > MAX_QUOTED_NAME ? `${name.slice(0, MAX_QUOTED_NAME)}…` : name;
    const failure: SocketError = {
      code: 'INVALID_ARGUMENT',
      message: `unknown event "${quoted}": the events are ${known.join(', ')}`,
    };
    const last = raw.at(-1);
    if (typeof last === 'function') (last as (response: unknown) => void)({ error: failure });
    socket.emit('conduit_error', failure);
  });
}
