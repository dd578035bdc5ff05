import { z } from 'zod';
import { baseEnv, ConfigError, internalMetricsAccess, parseEnv, port, type MetricsAccess } from '@chat/common';

const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** A private Ed25519 JWK, as `jose` exports it: the public `x` and the private `d`. */
const ed25519PrivateJwk = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON Web Key (JSON)' });
      return z.NEVER;
    }
  })
  .pipe(
    z.looseObject({
      kty: z.literal('OKP', { message: 'must be an Ed25519 private JWK (kty "OKP")' }),
      crv: z.literal('Ed25519', { message: 'must be an Ed25519 private JWK (crv "Ed25519")' }),
      x: z.string().min(1),
      d: z.string({ message: 'must be a private JWK (it has no "d")' }).min(1),
      kid: z.string().min(1).optional(),
    }),
  );

export type Ed25519PrivateJwk = z.infer<typeof ed25519PrivateJwk>;

/** An admin session lives at most an hour: a leaked admin token is worth little for long. */
export const ADMIN_TOKEN_TTL_MAX = 3600;

const schema = z.object({
  ...baseEnv,
  AUTH_GRPC_HOST: z.string().default('127.0.0.1'),
  AUTH_GRPC_PORT: port(50051),
  ACCESS_TOKEN_TTL: seconds(900),
  /** A session unused this long ends; each renewal starts it again, up to REFRESH_TOKEN_MAX_AGE. */
  REFRESH_TOKEN_TTL: seconds(30 * 24 * 3600),
  /** A session ends this long after its login, however often it is renewed: a stolen refresh token is not good forever. */
  REFRESH_TOKEN_MAX_AGE: seconds(90 * 24 * 3600),
  JWT_ISSUER: z.string().min(1).default('chat-auth'),
  JWT_AUDIENCE: z.string().min(1).default('chat'),
  // docker compose passes an unset secret as an empty string: that means unset.
  AUTH_SIGNING_KEY: z.preprocess((v) => (v === '' ? undefined : v), ed25519PrivateJwk.optional()),
  /** Failed logins allowed per email address, then per client IP, within one window. */
  AUTH_LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(10),
  AUTH_LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(100),
  AUTH_LOGIN_FAILURE_WINDOW: seconds(15 * 60),
  // The first admin, ensured on every start. docker compose passes an unset secret as '': unset.
  ADMIN_EMAIL: z.preprocess(unsetIfEmpty, z.email({ message: 'must be an email address' }).optional()),
  ADMIN_PASSWORD: z.preprocess(unsetIfEmpty, z.string().max(128, { message: 'must be at most 128 characters' }).optional()),
  /** Lifetime of an admin session and its token, at most an hour; there is no refresh, the admin logs in again. */
  ADMIN_TOKEN_TTL: z.coerce
    .number()
    .int()
    .positive()
    .max(ADMIN_TOKEN_TTL_MAX, { message: `must be at most ${ADMIN_TOKEN_TTL_MAX} seconds (an admin session lives at most an hour)` })
    .default(ADMIN_TOKEN_TTL_MAX),
  /** Seconds between purges of ended sessions and used refresh tokens; 0: never. */
  AUTH_PURGE_INTERVAL: z.coerce.number().int().min(0).default(3600),
  /** GET /metrics (Prometheus) on this port; unset or 0: no metrics server. */
  AUTH_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  AUTH_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
});

export type AuthEnv = z.infer<typeof schema>;

export interface AuthConfig {
  nodeEnv: AuthEnv['NODE_ENV'];
  logLevel: AuthEnv['LOG_LEVEL'];
  /** `endpoint` undefined: tracing off. */
  tracing: { endpoint: string | undefined };
  databaseUrl: string;
  /** `url` undefined: single-node mode, no Redis (only the in-process composition of `pnpm start` runs so). */
  redis: { url: string | undefined; prefix: string };
  grpc: { host: string; port: number };
  tokens: {
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    refreshMaxAgeSeconds: number;
    /** Unset: a key generated once and kept in auth.signing_keys (development and test only). */
    signingKey: Ed25519PrivateJwk | undefined;
  };
  loginLimit: { maxFailuresPerEmail: number; maxFailuresPerIp: number; windowSeconds: number };
  /** `port` undefined: no metrics server. */
  metrics: { host: string; port: number | undefined; access: MetricsAccess };
  /** Seconds between purges of ended sessions and used refresh tokens; 0: never. */
  purgeIntervalSeconds: number;
  admin: {
    email: string;
    password: string;
    tokenTtlSeconds: number;
    /** Names of the variables left unset, so the local defaults are in use (start warns). */
    defaulted: string[];
  };
}

/** The tutorial's local admin; production refuses to run on it. */
export const DEV_ADMIN = { email: 'admin@example.com', password: 'admin' } as const;

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const e = parseEnv(schema, env);
  // A generated key lives in the database next to the data it protects; in
  // production the key must come from the operator's secret store instead.
  if (e.NODE_ENV === 'production' && !e.AUTH_SIGNING_KEY) {
    throw new ConfigError('AUTH_SIGNING_KEY: required when NODE_ENV=production (a private Ed25519 JWK, as JSON)');
  }
  const production = e.NODE_ENV === 'production';
  for (const name of ['ADMIN_EMAIL', 'ADMIN_PASSWORD'] as const) {
    if (production && !e[name]) throw new ConfigError(`${name}: required when NODE_ENV=production`);
  }
  if (production && [...(e.ADMIN_PASSWORD ?? '')].length < 8) {
    throw new ConfigError('ADMIN_PASSWORD: must be at least 8 characters when NODE_ENV=production');
  }
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    tracing: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT },
    databaseUrl: e.DATABASE_URL,
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    grpc: { host: e.AUTH_GRPC_HOST, port: e.AUTH_GRPC_PORT },
    tokens: {
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      accessTtlSeconds: e.ACCESS_TOKEN_TTL,
      refreshTtlSeconds: e.REFRESH_TOKEN_TTL,
      refreshMaxAgeSeconds: e.REFRESH_TOKEN_MAX_AGE,
      signingKey: e.AUTH_SIGNING_KEY,
    },
    loginLimit: {
      maxFailuresPerEmail: e.AUTH_LOGIN_MAX_FAILURES_PER_EMAIL,
      maxFailuresPerIp: e.AUTH_LOGIN_MAX_FAILURES_PER_IP,
      windowSeconds: e.AUTH_LOGIN_FAILURE_WINDOW,
    },
    purgeIntervalSeconds: e.AUTH_PURGE_INTERVAL,
    metrics: {
      host: e.AUTH_METRICS_HOST,
      port: e.AUTH_METRICS_PORT || undefined,
      access: internalMetricsAccess('AUTH_METRICS_HOST', e.AUTH_METRICS_HOST, e.NODE_ENV, e.METRICS_TOKEN),
    },
    admin: {
      email: e.ADMIN_EMAIL ?? DEV_ADMIN.email,
      password: e.ADMIN_PASSWORD ?? DEV_ADMIN.password,
      tokenTtlSeconds: e.ADMIN_TOKEN_TTL,
      defaulted: (['ADMIN_EMAIL', 'ADMIN_PASSWORD'] as const).filter((name) => !e[name]),
    },
  };
}
