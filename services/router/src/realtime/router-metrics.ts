import { Counter, Gauge, processWide, registeredOnce } from '@chat/common';
import type { ChatNamespace } from './chat-socket.ts';

/** The namespaces of the routers in this process (one, but for tests), read on each scrape. */
const routers = processWide('router-namespaces', () => new Set<ChatNamespace[]>());

registeredOnce('chat_router_sockets_connected', () => new Gauge({
  name: 'chat_router_sockets_connected',
  help: 'Client sockets connected to this router',
  collect() {
    let sockets = 0;
    for (const namespaces of routers) for (const nsp of namespaces) sockets += nsp.sockets.size;
    this.set(sockets);
  },
}));

const clientEvents = registeredOnce('chat_router_client_events_total', () => new Counter({
  name: 'chat_router_client_events_total',
  help: 'Events received from client sockets, by event (unknown: a name no handler takes)',
  labelNames: ['event'] as const,
}));

export const timelineEventsIn = registeredOnce('chat_router_timeline_events_total', () => new Counter({
  name: 'chat_router_timeline_events_total',
  help: "Events received from chat-core's timeline, to emit to this router's sockets",
}));

/**
 * Emits to client sockets: one per socket reached. Counted in TimelineFanout
 * (services/router/src/realtime/timeline-fanout.ts), where the emits are.
 */
export const eventsOut = registeredOnce('chat_router_events_out_total', () => new Counter({
  name: 'chat_router_events_out_total',
  help: 'Timeline events emitted to client sockets, one per socket reached',
}));

export const rateLimited = registeredOnce('chat_router_rate_limited_total', () => new Counter({
  name: 'chat_router_rate_limited_total',
  help: 'Client messages and typing signals refused by the per-user rate limit',
}));

/**
 * The counter of each event name the router serves, bound once: a client's
 * event name is its own text, so any other name counts as `unknown`
 * (bounded labels), and counting costs one Map lookup and one increment.
 */
export function clientEventCounter(names: readonly string[]): (event: string) => void {
  const bound = new Map(names.map((name) => [name, clientEvents.labels(name)]));
  const unknown = clientEvents.labels('unknown');
  return (event) => (bound.get(event) ?? unknown).inc();
}

/** Counts this router's sockets on each scrape until the returned function is called (at close). */
export function watchSockets(namespaces: ChatNamespace[]): () => void {
  routers.add(namespaces);
  return () => void routers.delete(namespaces);
}
