import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { baseEnv, bool, parseEnv, port, secret } from '@chat/common';

const schema = z.object({
  ...baseEnv,
  GATEWAY_HOST: z.string().min(1).default('0.0.0.0'),
  GATEWAY_PORT: port(3000),
  /** Largest request body accepted, in bytes; larger ones answer 413. */
  GATEWAY_BODY_LIMIT: z.coerce.number().int().positive().default(1024 * 1024),
  /** Behind a reverse proxy: take the client's IP (rate limits, login limits) from X-Forwarded-For. */
  GATEWAY_TRUST_PROXY: bool(false),
  /** Registrations accepted per client IP per minute; 0 turns the limit off. */
  GATEWAY_REGISTER_RATE_LIMIT: z.coerce.number().int().min(0).default(60),
  /** Rooms one user may create per minute (POST /chat/rooms); 0 turns the limit off. */
  GATEWAY_ROOM_CREATE_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  /** Most user ids one request may name (room creation, addUsers); chat-core has its own cap too. */
  GATEWAY_MAX_USERS_PER_REQUEST: z.coerce.number().int().positive().default(100),
  /** The `masterkey` header every /admin API route requires; unset: the tutorial's, outside production. */
  MASTER_KEY: z.string().optional(),
  /** The admin panel's built files (`pnpm --filter @chat/admin-panel build`), served at /admin/. */
  ADMIN_PANEL_DIR: z.string().min(1).default(fileURLToPath(new URL('../../../packages/admin-panel/dist', import.meta.url))),
});

/** The tutorial's master key: local development only. */
export const DEV_MASTER_KEY = 'M4ST3RK3Y';

export type GatewayEnv = z.infer<typeof schema>;

export interface GatewayConfig {
  nodeEnv: GatewayEnv['NODE_ENV'];
  logLevel: GatewayEnv['LOG_LEVEL'];
  http: { host: string; port: number; bodyLimit: number; trustProxy: boolean };
  /** `url` undefined: single-node mode, no Redis (only the in-process composition of `pnpm start` runs so). */
  redis: { url: string | undefined; prefix: string };
  authGrpcUrl: string;
  chatGrpcUrl: string;
  grpcDeadlineMs: number;
  rateLimits: { registerPerMinute: number; roomsPerMinute: number };
  limits: { maxUsersPerRequest: number };
  admin: { masterKey: string; panelDir: string };
  /** Said once at start: development defaults in use. */
  warnings: string[];
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const e = parseEnv(schema, env);
  const warnings: string[] = [];
  // An empty MASTER_KEY (docker compose passing an unset secret) is unset.
  const masterKey = secret('MASTER_KEY', e.MASTER_KEY, DEV_MASTER_KEY, e.NODE_ENV, (msg) => warnings.push(msg));
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: { host: e.GATEWAY_HOST, port: e.GATEWAY_PORT, bodyLimit: e.GATEWAY_BODY_LIMIT, trustProxy: e.GATEWAY_TRUST_PROXY },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    authGrpcUrl: e.AUTH_GRPC_URL,
    chatGrpcUrl: e.CHAT_GRPC_URL,
    grpcDeadlineMs: e.GRPC_DEADLINE_MS,
    rateLimits: { registerPerMinute: e.GATEWAY_REGISTER_RATE_LIMIT, roomsPerMinute: e.GATEWAY_ROOM_CREATE_RATE_LIMIT },
    limits: { maxUsersPerRequest: e.GATEWAY_MAX_USERS_PER_REQUEST },
    admin: { masterKey, panelDir: e.ADMIN_PANEL_DIR },
    warnings,
  };
}
