import { z } from 'zod';
import { baseEnv, ConfigError, parseEnv, port } from '@chat/common';

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
  /** Largest Socket.IO message accepted, in bytes; a larger one closes that client's connection (engine.io's rule). */
  SOCKET_MAX_BUFFER_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  /** Comma-separated origins allowed by CORS; "*" allows any (the default, as the tutorial's clients need). */
  SOCKET_CORS_ORIGIN: list.default(['*']),
  /** Comma-separated; polling behind a load balancer needs sticky sessions, websocket alone does not. */
  SOCKET_TRANSPORTS: list.default([...TRANSPORTS]),
  /** How long a client has, after `token-expired`, to emit `authenticate` with a new token. */
  TOKEN_EXPIRY_GRACE_MS: z.coerce.number().int().positive().default(30_000),
  /** Most events one `sync` answers; past it the answer says `hasMore` and the client asks again from its last seq. */
  SYNC_MAX_EVENTS: z.coerce.number().int().positive().default(5000),
  /** Messages and typing signals one user may send per second, over all their sockets and routers; 0 turns the limit off. */
  SOCKET_MESSAGE_RATE_LIMIT: z.coerce.number().int().min(0).default(100),
});

export type RouterEnv = z.infer<typeof schema>;

export interface RouterConfig {
  nodeEnv: RouterEnv['NODE_ENV'];
  logLevel: RouterEnv['LOG_LEVEL'];
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
}

export function loadRouterConfig(env: NodeJS.ProcessEnv = process.env): RouterConfig {
  const e = parseEnv(schema, env);
  const unknown = e.SOCKET_TRANSPORTS.filter((t) => !(TRANSPORTS as readonly string[]).includes(t));
  if (unknown.length > 0 || e.SOCKET_TRANSPORTS.length === 0) {
    throw new ConfigError(`SOCKET_TRANSPORTS: must list one or more of ${TRANSPORTS.join(', ')} (got "${unknown.join(', ')}")`);
  }
  if (e.SOCKET_CORS_ORIGIN.length === 0) throw new ConfigError('SOCKET_CORS_ORIGIN: must name an origin, or "*"');
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: { host: e.ROUTER_HOST, port: e.CLIENT_SOCKET_PORT },
    socket: {
      maxBufferBytes: e.SOCKET_MAX_BUFFER_BYTES,
      corsOrigin: e.SOCKET_CORS_ORIGIN.includes('*') ? true : e.SOCKET_CORS_ORIGIN,
      transports: e.SOCKET_TRANSPORTS as Transport[],
    },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    authGrpcUrl: e.AUTH_GRPC_URL,
    chatGrpcUrl: e.CHAT_GRPC_URL,
    grpcDeadlineMs: e.GRPC_DEADLINE_MS,
    tokenExpiryGraceMs: e.TOKEN_EXPIRY_GRACE_MS,
    syncMaxEvents: e.SYNC_MAX_EVENTS,
    messageRateLimit: e.SOCKET_MESSAGE_RATE_LIMIT,
  };
}
