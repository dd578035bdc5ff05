import { performance } from 'node:perf_hooks';
import { DomainError, messagesRefused } from '@chat/common';
import type { ChatCoreClient } from './chat-core-client.ts';

/** How often the event loop's lateness is probed. */
const PROBE_MS = 20;
/**
 * The weight of each probe in the moving average: a lone spike (a GC pause,
 * a neighbour's burst) moves it a fifth of the way, lateness that lasts a
 * few probes moves it all the way.
 */
const WEIGHT = 0.2;

/** Seconds a refused sender is told to wait, as chat-core's own refusals say. */
const RETRY_AFTER_S = 1;

export interface SheddingChatCore {
  chat: ChatCoreClient;
  /** How late the event loop runs, in ms, averaged over the last probes: what the refusals are judged on. */
  lagMs(): number;
  stop(): void;
}

/**
 * Overload at the router (docs/ARCHITECTURE.md, "Overload"). When the
 * router itself is the bottleneck (its CPU spent on sockets), chat-core's
 * admission never sees a queue: messages wait in this process instead, and
 * even a refusal from chat-core would come back late. So while the event
 * loop runs later than `maxLagMs`, sends (and typing) are refused here,
 * before chat-core is called: RESOURCE_EXHAUSTED with retryAfter, nothing
 * stored, at the cost of parsing the packet and writing the ack, where
 * an accepted message costs a call and a write to every member. What is
 * accepted keeps its sender's order; the refused never existed.
 * `maxLagMs` 0 turns it off.
 */
export function shedWhenLagging(inner: ChatCoreClient, maxLagMs: number): SheddingChatCore {
  if (maxLagMs === 0) return { chat: inner, lagMs: () => 0, stop: () => undefined };
  let lag = 0;
  const refuse = (what: string) => {
    messagesRefused.inc({ reason: 'router_lag' });
    return Promise.reject(new DomainError('RESOURCE_EXHAUSTED', `the router is overloaded: ${what}; retry in ${RETRY_AFTER_S} s`, RETRY_AFTER_S));
  };
  let expected = performance.now() + PROBE_MS;
  const probe = setInterval(() => {
    const now = performance.now();
    lag += WEIGHT * (Math.max(0, now - expected) - lag);
    expected = now + PROBE_MS;
  }, PROBE_MS);
  probe.unref();
  return {
    chat: {
      ...inner,
      send: (input) => (lag > maxLagMs ? refuse('the message was not stored') : inner.send(input)),
      typing: (input) => (lag > maxLagMs ? refuse('the typing signal was not relayed') : inner.typing(input)),
    },
    lagMs: () => lag,
    stop: () => clearInterval(probe),
  };
}
