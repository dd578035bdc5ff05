import { z } from 'zod';
import { baseEnv, ConfigError, parseEnv, port, publicMetricsAccess, type MetricsAccess } from '@chat/common';

const TRANSPORTS = ['websocket', 'polling'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** "a, b" → ['a', 'b']; "*" stays the wildcard socket.io's cors option expects. */
const list = z.string().transform((text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

const schema = z.object({
  ...baseEnv,
  ROUTER_HOST: z.string().min(1).default('0.0.0.0'),
  CLIENT_SOCKET_PORT: port(3001),
  /**
   * Largest Socket.IO packet accepted, in bytes; a larger one closes that
   * client's connection (engine.io's rule), before anything parses it. Sized
   * to the largest valid message: 10,000 characters of content (chat-core's
   * CHAT_MAX_MESSAGE_LENGTH), each up to 6 bytes as JSON (a control
   * character's \u escape), is 60,000 bytes; 20 file references of 2,048
   * characters 41,000 more; with the envelope, under 128 KiB. Raise it with
   * CHAT_MAX_MESSAGE_LENGTH.
   */
  SOCKET_MAX_BUFFER_BYTES: z.coerce.number().int().positive().default(128 * 1024),
  /**
   * Comma-separated origins allowed by CORS; "*" allows any (the default
   * outside production, as the tutorial's clients need). Production must say
   * which: a browser page of any site could otherwise open sockets with a
   * token it holds.
   */
  SOCKET_CORS_ORIGIN: list.optional(),
  /** Comma-separated; polling behind a load balancer needs sticky sessions, websocket alone does not. */
  SOCKET_TRANSPORTS: list.default([...TRANSPORTS]),
  /** How long a client has, after `token-expired`, to emit `authenticate` with a new token. */
  TOKEN_EXPIRY_GRACE_MS: z.coerce.number().int().positive().default(30_000),
  /** Most events one `sync` answers; past it the answer says `hasMore` and the client asks again from its last seq. */
  SYNC_MAX_EVENTS: z.coerce.number().int().positive().default(5000),
  /** Messages and typing signals one user may send per second, over all their sockets and routers; 0 turns the limit off. */
  SOCKET_MESSAGE_RATE_LIMIT: z.coerce.number().int().min(0).default(100),
  /** A user whose last socket closed shows online this much longer, so a reconnect changes nothing. */
  PRESENCE_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Presence changes are announced in batches, at most this often. */
  PRESENCE_FLUSH_MS: z.coerce.number().int().positive().default(1000),
  /** Sends are refused (RESOURCE_EXHAUSTED) while the router's event loop runs later than this many ms; 0: never. */
  ROUTER_MAX_EVENT_LOOP_LAG_MS: z.coerce.number().int().min(0).default(50),
  /** Other events (sync, messagesRead, authenticate, unknown names) one user may send per second, over all routers; 0: off. */
  SOCKET_EVENT_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
  /** Sockets one user may hold open on one router; 0: no cap. */
  SOCKET_MAX_PER_USER: z.coerce.number().int().min(0).default(20),
  /**
   * Sockets one client address may hold open on one router; 0: no cap.
   * Default: 1,000 in production, none otherwise (pnpm start, the tests and
   * the bench connect everyone from one address).
   */
  SOCKET_MAX_PER_IP: z.coerce.number().int().min(0).optional(),
});

export type RouterEnv = z.infer<typeof schema>;

export interface RouterConfig {
  nodeEnv: RouterEnv['NODE_ENV'];
  logLevel: RouterEnv['LOG_LEVEL'];
  /** `endpoint` undefined: tracing off. */
  tracing: { endpoint: string | undefined };
  http: { host: string; port: number };
  socket: {
    maxBufferBytes: number;
    /** true: any origin. */
    corsOrigin: string[] | true;
    transports: Transport[];
  };
  /** `url` undefined: single-node mode, no Redis (only the in-process composition of `pnpm start` runs so). */
  redis: { url: string | undefined; prefix: string };
  authGrpcUrl: string;
  chatGrpcUrl: string;
  grpcDeadlineMs: number;
  tokenExpiryGraceMs: number;
  syncMaxEvents: number;
  /** Per user per second; 0: no limit. */
  messageRateLimit: number;
  /** Presence: the grace period after a user's last socket closes, and how often changes are announced. */
  presence: { graceMs: number; flushMs: number };
  /** Load shedding (chat-core/load-shedding.ts), in ms; 0: off. */
  maxEventLoopLagMs: number;
  /** Events other than messages, per user per second; 0: no limit. */
  eventRateLimit: number;
  /** Open sockets per user and per client address on this router; 0: no cap. */
  socketCaps: { maxPerUser: number; maxPerIp: number };
  /** Who may read GET /metrics on the socket port. */
  metrics: MetricsAccess;
}

export function loadRouterConfig(env: NodeJS.ProcessEnv = process.env): RouterConfig {
  const e = parseEnv(schema, env);
  const unknown = e.SOCKET_TRANSPORTS.filter((t) => !(TRANSPORTS as readonly string[]).includes(t));
  if (unknown.length > 0 || e.SOCKET_TRANSPORTS.length === 0) {
    throw new ConfigError(`SOCKET_TRANSPORTS: must list one or more of ${TRANSPORTS.join(', ')} (got "${unknown.join(', ')}")`);
  }
  if (e.SOCKET_CORS_ORIGIN === undefined && e.NODE_ENV === 'production') {
    throw new ConfigError('SOCKET_CORS_ORIGIN: required when NODE_ENV=production (the origins of your web clients, comma-separated, or "*" for any)');
  }
  const corsOrigin = e.SOCKET_CORS_ORIGIN ?? ['*'];
  if (corsOrigin.length === 0) throw new ConfigError('SOCKET_CORS_ORIGIN: must name an origin, or "*"');
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    tracing: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT },
    http: { host: e.ROUTER_HOST, port: e.CLIENT_SOCKET_PORT },
    socket: {
      maxBufferBytes: e.SOCKET_MAX_BUFFER_BYTES,
      corsOrigin: corsOrigin.includes('*') ? true : corsOrigin,
      transports: e.SOCKET_TRANSPORTS as Transport[],
    },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    authGrpcUrl: e.AUTH_GRPC_URL,
    chatGrpcUrl: e.CHAT_GRPC_URL,
    grpcDeadlineMs: e.GRPC_DEADLINE_MS,
    tokenExpiryGraceMs: e.TOKEN_EXPIRY_GRACE_MS,
    syncMaxEvents: e.SYNC_MAX_EVENTS,
    messageRateLimit: e.SOCKET_MESSAGE_RATE_LIMIT,
    presence: { graceMs: e.PRESENCE_GRACE_MS, flushMs: e.PRESENCE_FLUSH_MS },
    maxEventLoopLagMs: e.ROUTER_MAX_EVENT_LOOP_LAG_MS,
    eventRateLimit: e.SOCKET_EVENT_RATE_LIMIT,
    socketCaps: { maxPerUser: e.SOCKET_MAX_PER_USER, maxPerIp: e.SOCKET_MAX_PER_IP ?? (e.NODE_ENV === 'production' ? 1000 : 0) },
    metrics: publicMetricsAccess(e.NODE_ENV, e.METRICS_TOKEN),
  };
}
