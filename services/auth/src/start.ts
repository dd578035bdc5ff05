import { fileURLToPath } from 'node:url';
import {
  closeRedis,
  collectProcessMetrics,
  createLogger,
  memoryWindowCounters,
  openDatabase,
  openRedis,
  readyRedisCounters,
  redisWindowCounters,
  startMetricsServer,
  watchPool,
  checkHealth,
  type HealthCheck,
  type Logger,
  type Pool,
  type Redis,
  withTracing,
} from '@chat/common';
import { authService, createHealthService, healthServiceDefinition, implement, startGrpcServer } from '@chat/grpc';
import type { AuthDefinition } from '@chat/grpc/generated/chat/auth/v1/Auth.ts';
import { AdminLogin } from './admin/admin-login.ts';
import { AuditLog } from './admin/audit-log.ts';
import { AuditStore } from './admin/audit-store.ts';
import { ensureFirstAdmin } from './admin/first-admin.ts';
import { UserAdministration } from './admin/user-administration.ts';
import { authGrpc } from './auth.grpc.ts';
import type { AuthConfig } from './config.ts';
import { loadKeyRing, type KeyRing } from './keys/key-ring.ts';
import { createTokenIssuer } from './keys/token-issuer.ts';
import { createLoginLimiter } from './sessions/login-limiter.ts';
import { SessionPurge } from './sessions/session-purge.ts';
import { SessionStore } from './sessions/session-store.ts';
import { SessionsService } from './sessions/sessions-service.ts';
import { createPasswordHasher, type PasswordHasher } from './users/credentials.ts';
import { UserStore } from './users/user-store.ts';
import { UsersService } from './users/users-service.ts';
import { BlockStore } from './users/block-store.ts';
import { PeopleService } from './users/people-service.ts';
import { AccountService } from './sessions/account-service.ts';

export interface AuthHandle {
  grpcPort: number;
  /** The metrics server's port; undefined when AUTH_METRICS_PORT is unset or 0. */
  metricsPort: number | undefined;
  close(): Promise<void>;
}

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

export async function start(config: AuthConfig): Promise<AuthHandle> {
  return withTracing('auth', config.tracing.endpoint, () => startAuth(config));
}

async function startAuth(config: AuthConfig): Promise<AuthHandle> {
  const log = createLogger('auth', config.logLevel);
  collectProcessMetrics();
  const pool = await openDatabase({ url: config.databaseUrl, nodeEnv: config.nodeEnv, schema: 'auth', migrations });
  // No Redis in single-node mode: the login counts of the one process live in memory.
  const redis = config.redis.url ? await openRedis(config.redis.url, log).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  }) : undefined;
  const checks: Record<string, HealthCheck> = { postgres: () => pool.query('SELECT 1') };
  if (redis) checks.redis = () => redis.ping();
  try {
    const keys = await loadKeyRing(config.tokens.signingKey, pool, log);
    const hasher = await createPasswordHasher();
    const stores = { users: new UserStore(pool), sessions: new SessionStore(pool) };
    await ensureFirstAdmin(config.admin, { users: stores.users, hasher, log });
    const impl = assemble(config, { pool, redis, checks, keys, hasher, stores, log });
    return await serve(config, { pool, redis, checks, keys, sessions: stores.sessions, log }, impl);
  } catch (error) {
    redis?.disconnect();
    await pool.end();
    throw error;
  }
}

interface Parts {
  pool: Pool;
  redis: Redis | undefined;
  checks: Record<string, HealthCheck>;
  keys: KeyRing;
  log: Logger;
}

/** The services on the stores, with their login limiters, and the rpcs that serve them. */
function assemble(
  config: AuthConfig,
  { pool, redis, checks, keys, hasher, stores, log }: Parts & { hasher: PasswordHasher; stores: { users: UserStore; sessions: SessionStore } },
) {
  const issuer = createTokenIssuer(keys, config.tokens);
  const windows = redis ? readyRedisCounters(redis, redisWindowCounters(redis)) : memoryWindowCounters();
  // Apart, so failures at one login never lock anyone out of the other.
  const userLimiter = createLoginLimiter(windows, `${config.redis.prefix}:auth:login-failures`, config.loginLimit, log);
  const adminLimiter = createLoginLimiter(windows, `${config.redis.prefix}:auth:admin-login-failures`, config.loginLimit, log);
  const sessions = new SessionsService({
    pool,
    users: stores.users,
    sessions: stores.sessions,
    hasher,
    issuer,
    limiter: userLimiter,
    refreshTtlSeconds: config.tokens.refreshTtlSeconds,
    refreshMaxAgeSeconds: config.tokens.refreshMaxAgeSeconds,
    tokenTtlSeconds: Math.max(config.tokens.accessTtlSeconds, config.admin.tokenTtlSeconds),
    log,
  });
  const users = new UsersService(stores.users, hasher);
  const adminLogin = new AdminLogin({ pool, ...stores, hasher, issuer, limiter: adminLimiter, tokenTtlSeconds: config.admin.tokenTtlSeconds, log });
  return authGrpc({
    users,
    sessions,
    people: new PeopleService(stores.users, new BlockStore(pool)),
    account: new AccountService({ pool, users: stores.users, hasher, limiter: userLimiter }),
    keys,
    tokens: config.tokens,
    checks,
    admin: {
      login: adminLogin,
      users: new UserAdministration({ pool, ...stores, register: users }),
      audit: new AuditLog(new AuditStore(pool), stores.users),
    },
  });
}

/** The gRPC and metrics servers and the session purge; closed in the reverse order, Redis and the pool last. */
async function serve(config: AuthConfig, { pool, redis, checks, keys, sessions, log }: Parts & { sessions: SessionStore }, impl: ReturnType<typeof authGrpc>): Promise<AuthHandle> {
  // grpc.health.v1 for probes and load balancers: NOT_SERVING while Postgres does not answer, and from close() on.
  const health = createHealthService(['chat.auth.v1.Auth'], async () => (await checkHealth({ postgres: checks.postgres! })).status);
  const server = await startGrpcServer(
    [
      [authService(), implement<AuthDefinition>(authService(), impl, log)],
      [healthServiceDefinition(), health.implementation],
    ],
    config.grpc.host,
    config.grpc.port,
  );
  log.info({ port: server.port, kid: keys.kid }, 'auth listening');
  const metrics = config.metrics.port ? await startMetricsServer(config.metrics.host, config.metrics.port, config.metrics.access) : undefined;
  const unwatchPool = watchPool('auth', pool);
  const purge = new SessionPurge(sessions, {
    everyMs: config.purgeIntervalSeconds * 1000,
    // Beyond every token's lifetime, with the revocation poll's margin (sessions-service.ts).
    endedMarginSeconds: Math.max(config.tokens.accessTtlSeconds, config.admin.tokenTtlSeconds) + 60,
    usedTokenSeconds: config.tokens.refreshTtlSeconds,
  }, log);
  purge.start();
  return {
    grpcPort: server.port,
    metricsPort: metrics?.port,
    async close() {
      // Say NOT_SERVING first; in-flight calls finish next: they still need Redis and the pool.
      health.drain();
      await server.close();
      await metrics?.close();
      unwatchPool();
      await purge.stop();
      if (redis) await closeRedis(redis);
      await pool.end();
    },
  };
}
