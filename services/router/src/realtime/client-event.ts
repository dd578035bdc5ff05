import { invalid, type Logger } from '@chat/common';
import type { ChatSocket } from './chat-socket.ts';
import type { EventRateLimit } from './event-rate-limit.ts';
import { clientEventCounter } from './router-metrics.ts';
import { toSocketError } from './socket-error.ts';

export interface ClientEventContext {
  /** The socket that emitted the event. */
  socket: ChatSocket;
  /** The event's arguments, without the ack callback. */
  args: unknown[];
  /** Whether the client passed an ack callback: a handler may then answer through it alone. */
  hasAck: boolean;
}

export type ClientEventHandler = (ctx: ClientEventContext) => Promise<unknown>;

/**
 * Runs a handler on one event. The ack callback, when given, is the last
 * argument (socket.io's rule). A handler's result goes to the ack; an error
 * goes to the ack as `{ error }` and to the socket as `conduit_error`, and
 * never further: a bad event must neither crash the router nor drop the
 * connection.
 */
function run(socket: ChatSocket, event: string, handler: ClientEventHandler, raw: unknown[], log: Logger): void {
  const last = raw.at(-1);
  const ack = typeof last === 'function' ? (raw.pop() as (response: unknown) => void) : undefined;
  let answer: Promise<unknown>;
  try {
    answer = handler({ socket, args: raw, hasAck: ack !== undefined });
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
}

/**
 * Registers a client event on one socket, for a handler that holds its
 * socket. It costs a listener and closures per socket, so ClientEvents only
 * has these registered when a socket first emits one of their events.
 */
export function onClientEvent(socket: ChatSocket, event: string, handler: ClientEventHandler, log: Logger): void {
  socket.on(event, (...raw: unknown[]) => run(socket, event, handler, raw, log));
}

/** Longest event name quoted back in the refusal: the name is the client's, and may be huge. */
const MAX_QUOTED_NAME = 64;

/**
 * The client events of a namespace, served to each socket by one catch-all
 * listener shared by all of them: an idle socket holds no handler, closure
 * or listener of its own but that one entry (per-socket handlers were a
 * good part of what an idle socket cost).
 *
 * An event no handler takes is answered like a bad one, through the ack and
 * `conduit_error`: otherwise a client awaiting the ack of a misspelt event
 * (`mesage`) waits until its own timeout without being told why. The events
 * are listed in the answer in the order they were registered here.
 */
export class ClientEvents {
  private readonly handlers = new Map<string, ClientEventHandler>();
  private readonly registrations = new Map<string, (socket: ChatSocket) => void>();
  private readonly names: string[] = [];
  /** socket.io calls a catch-all listener with the socket as `this`, so one function serves every socket. */
  private readonly listener: (event: unknown, ...raw: unknown[]) => void;
  /** Bound once the names are known, at the first event (every `on` and `onFirstUse` comes before it). */
  private count: ((event: string) => void) | undefined;

  constructor(
    private readonly log: Logger,
    /** Counts unknown events, as the handlers of the other events that are not messages count theirs. */
    private readonly limit?: EventRateLimit,
  ) {
    const events = this;
    this.listener = function (this: ChatSocket, event: unknown, ...raw: unknown[]): void {
      events.dispatch(this, String(event), raw);
    };
  }

  /** A handler shared by every socket: it finds its socket in the context. */
  on(event: string, handler: ClientEventHandler): this {
    this.handlers.set(event, handler);
    this.names.push(event);
    return this;
  }

  /**
   * Events whose handlers `register` puts on a socket itself (onClientEvent),
   * the first time that socket emits one of them.
   */
  onFirstUse(events: readonly string[], register: (socket: ChatSocket) => void): this {
    for (const event of events) {
      this.registrations.set(event, register);
      this.names.push(event);
    }
    return this;
  }

  /** Serves a socket that just connected. */
  serve(socket: ChatSocket): void {
    socket.onAny(this.listener);
  }

  private dispatch(socket: ChatSocket, event: string, raw: unknown[]): void {
    (this.count ??= clientEventCounter(this.names))(event);
    const handler = this.handlers.get(event);
    if (handler) return run(socket, event, handler, raw, this.log);
    // Listeners registered on the socket take the event themselves.
    if (socket.listenerCount(event) > 0) return;
    const register = this.registrations.get(event);
    // socket.io hands an event to the socket's own listeners after its
    // catch-all listeners have run: registered now, they get this one too.
    if (register) return register(socket);
    this.refuse(socket, event, raw);
  }

  private refuse(socket: ChatSocket, event: string, raw: unknown[]): void {
    const quoted = event.length > MAX_QUOTED_NAME ? `${event.slice(0, MAX_QUOTED_NAME)}…` : event;
    const message = `unknown event "${quoted}": the events are ${this.names.join(', ')}`;
    // Past the user's event rate the answer says so instead (RESOURCE_EXHAUSTED, retryAfter).
    run(socket, quoted, async () => {
      await this.limit?.take(socket.data.userId);
      throw invalid(message);
    }, raw, this.log);
  }
}
