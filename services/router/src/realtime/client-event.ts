import type { Logger } from '@chat/common';
import type { ChatSocket } from './chat-socket.ts';
import { toSocketError } from './socket-error.ts';

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
