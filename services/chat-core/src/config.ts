import { z } from 'zod';
import { baseEnv, bool, internalMetricsAccess, parseEnv, port, type MetricsAccess } from '@chat/common';

const schema = z.object({
  ...baseEnv,
  CHAT_GRPC_HOST: z.string().default('127.0.0.1'),
  CHAT_GRPC_PORT: port(50052),
  /** Keep deleted rooms and messages, marked, instead of removing them. */
  CHAT_AUDIT_MODE: bool(false),
  CHAT_ALLOW_MESSAGE_EDIT: bool(true),
  CHAT_ALLOW_MESSAGE_DELETE: bool(true),
  /** Adding a user sends an invitation they accept or decline, instead of adding them at once. */
  CHAT_EXPLICIT_ROOM_JOINS: bool(false),
  CHAT_MAX_USERS_PER_ROOM_REQUEST: z.coerce.number().int().positive().default(100),
  CHAT_MAX_MESSAGE_LENGTH: z.coerce.number().int().positive().default(10_000),
  /** Longest a message waits for a transaction before it is refused (RESOURCE_EXHAUSTED, not stored). */
  CHAT_MAX_QUEUE_WAIT_MS: z.coerce.number().int().positive().default(50),
  /** Room events older than this many days are pruned (a `since` replay past them answers `gap`); unset: kept. */
  CHAT_EVENT_RETENTION_DAYS: z.coerce.number().int().positive().optional(),
  /** Messages older than this many days are deleted, unless their room has its own setting (admin API); unset: kept. */
  CHAT_MESSAGE_RETENTION_DAYS: z.coerce.number().int().positive().optional(),
  /** Seconds between retention prunes; 0: never. */
  CHAT_RETENTION_INTERVAL: z.coerce.number().int().min(0).default(3600),
  /** Rows one prune statement deletes at most, so it holds a room briefly. */
  CHAT_RETENTION_BATCH: z.coerce.number().int().positive().default(1000),
  /** GET /metrics (Prometheus) on this port; unset or 0: no metrics server. */
  CHAT_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  CHAT_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Deliver webhooks from this chat-core (one of them dispatches at a time; docs/WEBHOOKS.md). */
  WEBHOOKS_ENABLED: bool(true),
  /** Deliver to loopback and private addresses too (tests, closed networks); refused otherwise. */
  WEBHOOK_ALLOW_PRIVATE: bool(false),
  WEBHOOK_POLL_MS: z.coerce.number().int().positive().default(500),
  /** Attempts of one event before it goes to the dead-letter list. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  /** Longest a receiver may take to answer. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type ChatCoreEnv = z.infer<typeof schema>;

export interface ChatCoreConfig {
  nodeEnv: ChatCoreEnv['NODE_ENV'];
  logLevel: ChatCoreEnv['LOG_LEVEL'];
  /** `endpoint` undefined: tracing off. */
  tracing: { endpoint: string | undefined };
  databaseUrl: string;
  /** `url` undefined: single-node mode, no Redis (only the in-process composition of `pnpm start` runs so). */
  redis: { url: string | undefined; prefix: string };
  grpc: { host: string; port: number };
  authGrpcUrl: string;
  grpcDeadlineMs: number;
  features: { auditMode: boolean; allowEdit: boolean; allowDelete: boolean; explicitRoomJoins: boolean };
  limits: { maxUsersPerRequest: number; maxMessageLength: number; maxQueueWaitMs: number };
  /** `port` undefined: no metrics server. */
  metrics: { host: string; port: number | undefined; access: MetricsAccess };
  webhooks: { enabled: boolean; allowPrivate: boolean; pollMs: number; maxAttempts: number; timeoutMs: number };
  /** Days undefined: kept; `everyMs` 0: never pruned. */
  retention: { eventDays: number | undefined; messageDays: number | undefined; everyMs: number; batch: number };
}

export function loadChatCoreConfig(env: NodeJS.ProcessEnv = process.env): ChatCoreConfig {
  const e = parseEnv(schema, env);
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    tracing: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT },
    databaseUrl: e.DATABASE_URL,
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    grpc: { host: e.CHAT_GRPC_HOST, port: e.CHAT_GRPC_PORT },
    authGrpcUrl: e.AUTH_GRPC_URL,
    grpcDeadlineMs: e.GRPC_DEADLINE_MS,
    features: {
      auditMode: e.CHAT_AUDIT_MODE,
      allowEdit: e.CHAT_ALLOW_MESSAGE_EDIT,
      allowDelete: e.CHAT_ALLOW_MESSAGE_DELETE,
      explicitRoomJoins: e.CHAT_EXPLICIT_ROOM_JOINS,
    },
    limits: {
      maxUsersPerRequest: e.CHAT_MAX_USERS_PER_ROOM_REQUEST,
      maxMessageLength: e.CHAT_MAX_MESSAGE_LENGTH,
      maxQueueWaitMs: e.CHAT_MAX_QUEUE_WAIT_MS,
    },
    retention: {
      eventDays: e.CHAT_EVENT_RETENTION_DAYS,
      messageDays: e.CHAT_MESSAGE_RETENTION_DAYS,
      everyMs: e.CHAT_RETENTION_INTERVAL * 1000,
      batch: e.CHAT_RETENTION_BATCH,
    },
    webhooks: {
      enabled: e.WEBHOOKS_ENABLED,
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      pollMs: e.WEBHOOK_POLL_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
    metrics: {
      host: e.CHAT_METRICS_HOST,
      port: e.CHAT_METRICS_PORT || undefined,
      access: internalMetricsAccess('CHAT_METRICS_HOST', e.CHAT_METRICS_HOST, e.NODE_ENV, e.METRICS_TOKEN),
    },
  };
}
