import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { baseEnv, ConfigError, parseEnv, port, publicMetricsAccess, secret, type MetricsAccess } from '@chat/common';
import { parseTrustProxy, type TrustProxy } from './http/trust-proxy.ts';

const schema = z.object({
  ...baseEnv,
  GATEWAY_HOST: z.string().min(1).default('0.0.0.0'),
  GATEWAY_PORT: port(3000),
  /** Largest request body accepted, in bytes; larger ones answer 413. */
  GATEWAY_BODY_LIMIT: z.coerce.number().int().positive().default(1024 * 1024),
  /** Behind reverse proxies: their addresses/CIDRs, or how many there are; the client's IP (rate limits, login limits) then comes from X-Forwarded-For. */
  GATEWAY_TRUST_PROXY: z.string().optional(),
  /** Registrations accepted per client IP per minute; 0 turns the limit off. */
  GATEWAY_REGISTER_RATE_LIMIT: z.coerce.number().int().min(0).default(60),
  /**
   * Logins (POST /authentication/local) per client IP per minute, whatever
   * their outcome; 0 turns the limit off. Default: 60 in production, off
   * otherwise (the tests and the bench log everyone in from one address).
   */
  GATEWAY_LOGIN_RATE_LIMIT: z.coerce.number().int().min(0).optional(),
  /** Rooms one user may create per minute (POST /chat/rooms); 0 turns the limit off. */
  GATEWAY_ROOM_CREATE_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  /** Directory searches (GET /users) one user may make per minute; 0 turns the limit off. */
  GATEWAY_DIRECTORY_RATE_LIMIT: z.coerce.number().int().min(0).default(60),
  /** Most user ids one request may name (room creation, addUsers); chat-core has its own cap too. */
  GATEWAY_MAX_USERS_PER_REQUEST: z.coerce.number().int().positive().default(100),
  /** The `masterkey` header every /admin API route requires; unset: the tutorial's, outside production. */
  MASTER_KEY: z.string().optional(),
  /** Wrong master keys allowed per client IP within the window, then every admin call from it answers 429. */
  GATEWAY_MASTER_KEY_MAX_FAILURES: z.coerce.number().int().positive().default(20),
  GATEWAY_MASTER_KEY_FAILURE_WINDOW: z.coerce.number().int().positive().default(15 * 60),
  /** Comma-separated /metrics URLs of the routers, auth and chat-core, for the admin panel's live system page; unset: this process's own (every service's in single-node mode). */
  GATEWAY_ADMIN_METRICS_TARGETS: z.string().optional(),
  /** The admin panel's built files (`pnpm --filter @chat/admin-panel build`), served at /admin/. */
  ADMIN_PANEL_DIR: z.string().min(1).default(fileURLToPath(new URL('../../../packages/admin-panel/dist', import.meta.url))),
});

/** The tutorial's master key: local development only. */
export const DEV_MASTER_KEY = 'M4ST3RK3Y';

/** A production master key is at least this long: guessing it is then hopeless, whatever the rate limit. */
export const MASTER_KEY_MIN_LENGTH = 32;

export type GatewayEnv = z.infer<typeof schema>;

export interface GatewayConfig {
  nodeEnv: GatewayEnv['NODE_ENV'];
  logLevel: GatewayEnv['LOG_LEVEL'];
  /** `endpoint` undefined: tracing off. */
  tracing: { endpoint: string | undefined };
  http: { host: string; port: number; bodyLimit: number; trustProxy: TrustProxy };
  /** `url` undefined: single-node mode, no Redis (only the in-process composition of `pnpm start` runs so). */
  redis: { url: string | undefined; prefix: string };
  authGrpcUrl: string;
  chatGrpcUrl: string;
  grpcDeadlineMs: number;
  rateLimits: { registerPerMinute: number; loginPerMinute: number; roomsPerMinute: number; directorySearchesPerMinute: number };
  limits: { maxUsersPerRequest: number };
  admin: { masterKey: string; panelDir: string; masterKeyLimit: { maxFailures: number; windowSeconds: number }; metricsTargets: string[] };
  /** Who may read GET /metrics. */
  metrics: MetricsAccess;
  /** Said once at start: development defaults in use. */
  warnings: string[];
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const e = parseEnv(schema, env);
  const warnings: string[] = [];
  // An empty MASTER_KEY (docker compose passing an unset secret) is unset.
  const masterKey = secret('MASTER_KEY', e.MASTER_KEY, DEV_MASTER_KEY, e.NODE_ENV, (msg) => warnings.push(msg));
  if (e.NODE_ENV === 'production') checkProductionMasterKey(masterKey);
  const trustProxy = parseTrustProxy(e.GATEWAY_TRUST_PROXY);
  if (typeof trustProxy === 'string') throw new ConfigError(`GATEWAY_TRUST_PROXY: ${trustProxy}`);
  if (trustProxy !== false && !Array.isArray(trustProxy)) {
    warnings.push(
      `GATEWAY_TRUST_PROXY=${trustProxy.hops} trusts the ${trustProxy.hops} nearest peer(s) whoever they are: safe only if clients can reach the gateway through those proxies alone; prefer their addresses or CIDRs`,
    );
  }
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    tracing: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT },
    http: { host: e.GATEWAY_HOST, port: e.GATEWAY_PORT, bodyLimit: e.GATEWAY_BODY_LIMIT, trustProxy },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    authGrpcUrl: e.AUTH_GRPC_URL,
    chatGrpcUrl: e.CHAT_GRPC_URL,
    grpcDeadlineMs: e.GRPC_DEADLINE_MS,
    rateLimits: {
      registerPerMinute: e.GATEWAY_REGISTER_RATE_LIMIT,
      loginPerMinute: e.GATEWAY_LOGIN_RATE_LIMIT ?? (e.NODE_ENV === 'production' ? 60 : 0),
      roomsPerMinute: e.GATEWAY_ROOM_CREATE_RATE_LIMIT,
      directorySearchesPerMinute: e.GATEWAY_DIRECTORY_RATE_LIMIT,
    },
    limits: { maxUsersPerRequest: e.GATEWAY_MAX_USERS_PER_REQUEST },
    admin: {
      masterKey,
      panelDir: e.ADMIN_PANEL_DIR,
      masterKeyLimit: { maxFailures: e.GATEWAY_MASTER_KEY_MAX_FAILURES, windowSeconds: e.GATEWAY_MASTER_KEY_FAILURE_WINDOW },
      metricsTargets: metricsTargets(e.GATEWAY_ADMIN_METRICS_TARGETS),
    },
    metrics: publicMetricsAccess(e.NODE_ENV, e.METRICS_TOKEN),
    warnings,
  };
}

/** GATEWAY_ADMIN_METRICS_TARGETS: comma-separated http(s) URLs, each checked here so a typo stops the start instead of showing as "down". */
function metricsTargets(text: string | undefined): string[] {
  const urls = (text ?? '').split(',').map((u) => u.trim()).filter((u) => u !== '');
  for (const url of urls) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new ConfigError(`GATEWAY_ADMIN_METRICS_TARGETS: "${url}" is not an http(s) URL (e.g. http://router-1:3001/metrics)`);
    }
  }
  return urls;
}

/** The development default is public (it is in the tutorial), and a short key can be guessed. */
function checkProductionMasterKey(masterKey: string): void {
  if (masterKey === DEV_MASTER_KEY) {
    throw new ConfigError(`MASTER_KEY: the development default ${DEV_MASTER_KEY} is refused when NODE_ENV=production`);
  }
  if ([...masterKey].length < MASTER_KEY_MIN_LENGTH) {
    throw new ConfigError(`MASTER_KEY: must be at least ${MASTER_KEY_MIN_LENGTH} characters when NODE_ENV=production (e.g. openssl rand -base64 32)`);
  }
}
