import { fileURLToPath } from 'node:url';
import {
  checkHealth,
  collectProcessMetrics,
  ConfigError,
  closeRedis,
  createPool,
  createLogger,
  openDatabase,
  openRedis,
  startMetricsServer,
  watchPool,
  type HealthCheck,
  type Logger,
  type Pool,
  type Redis,
  withTracing,
} from '@chat/common';
import { chatService, createAuthClient, type AuthClient, createHealthService, healthServiceDefinition, implement, startGrpcServer, webhooksService } from '@chat/grpc';
import { adminGrpc } from './admin/admin.grpc.ts';
import { AdminRoomStore } from './admin/admin-room-store.ts';
import { MessageAdministration } from './admin/message-administration.ts';
import { RoomAdministration } from './admin/room-administration.ts';
import { ChatDb } from './stores.ts';
import { chatGrpc, type ChatRpcs } from './chat.grpc.ts';
import type { ChatCoreConfig } from './config.ts';
import { TimelineService } from './timeline/timeline-service.ts';
import type { EventBus } from './events/event-bus.ts';
import { OutboxPublisher } from './events/outbox-publisher.ts';
import { RedisEventBus } from './events/redis-event-bus.ts';
import { InvitationsService } from './invitations/invitations-service.ts';
import { AppendQueue } from './messages/append-queue.ts';
import { MessagesService } from './messages/messages-service.ts';
import { watchOutbox } from './operations/outbox-metrics.ts';
import { RetentionPruner, type PruneReport } from './retention/retention-pruner.ts';
import { RetentionStore } from './retention/retention-store.ts';
import { RoomStore } from './rooms/room-store.ts';
import { RoomsService } from './rooms/rooms-service.ts';
import { RoomGovernance } from './rooms/room-governance.ts';
import { DirectRooms } from './rooms/direct-rooms.ts';
import { GrpcUserDirectory } from './users/user-directory.ts';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher.ts';
import { WebhookStore } from './webhooks/webhook-store.ts';
import { webhooksGrpc } from './webhooks/webhooks.grpc.ts';

export interface ChatCoreHandle {
  grpcPort: number;
  /**
   * The append path in this process, for single-node mode's router, whose
   * sends skip the loopback gRPC (docs/ARCHITECTURE.md, "Single-node mode").
   */
  messages: MessagesService;
  /** Runs the retention prunes now (they also run every CHAT_RETENTION_INTERVAL). */
  pruneNow(): Promise<PruneReport>;
  /** The metrics server's port; undefined when CHAT_METRICS_PORT is unset or 0. */
  metricsPort: number | undefined;
  close(): Promise<void>;
}

const migrations = fileURLToPath(new URL('../migrations', import.meta.url));

export interface ChatCoreOptions {
  /**
   * Single-node mode (config.redis.url unset): where events go instead of
   * Redis, i.e. the in-process bus of the router in the same process.
   */
  bus?: EventBus;
}

/** What chat-core stands on: the database, Redis or the in-process bus, auth, and the outbox publisher. */
interface Infrastructure {
  pool: Pool;
  redis: Redis | undefined;
  checks: Record<string, HealthCheck>;
  auth: AuthClient;
  bus: EventBus;
  publisher: OutboxPublisher;
}

export async function start(config: ChatCoreConfig, options: ChatCoreOptions = {}): Promise<ChatCoreHandle> {
  return withTracing('chat-core', config.tracing.endpoint, () => startChatCore(config, options));
}

async function startChatCore(config: ChatCoreConfig, options: ChatCoreOptions): Promise<ChatCoreHandle> {
  const log = createLogger('chat-core', config.logLevel);
  collectProcessMetrics();
  const infra = await openInfrastructure(config, options, log);
  try {
    return await serve(config, infra, assemble(config, infra, log), log);
  } catch (error) {
    await infra.publisher.stop();
    infra.auth.close();
    infra.redis?.disconnect();
    await infra.pool.end();
    throw error;
  }
}

async function openInfrastructure(config: ChatCoreConfig, options: ChatCoreOptions, log: Logger): Promise<Infrastructure> {
  if (!config.redis.url && !options.bus) {
    throw new ConfigError('REDIS_URL: required (events reach the routers through Redis); `pnpm start` without it runs every service in one process');
  }
  const pool = await openDatabase({ url: config.databaseUrl, nodeEnv: config.nodeEnv, schema: 'chat', migrations });
  let redis: Redis | undefined;
  try {
    redis = config.redis.url ? await openRedis(config.redis.url, log) : undefined;
  } catch (error) {
    await pool.end();
    throw error;
  }
  const checks: Record<string, HealthCheck> = { postgres: () => pool.query('SELECT 1') };
  if (redis) checks.redis = () => redis.ping();
  const bus = redis ? new RedisEventBus(redis, config.redis.prefix, log) : options.bus!;
  const publisher = new OutboxPublisher({
    databaseUrl: config.databaseUrl,
    pool,
    bus,
    log,
    // Audit mode keeps deleted rooms; otherwise they go once their deletion is announced.
    afterRoomsDeleted: config.features.auditMode ? undefined : async (db) => void (await new RoomStore(db).purgeDeleted()),
  });
  return { pool, redis, checks, auth: createAuthClient(config.authGrpcUrl, config.grpcDeadlineMs), bus, publisher };
}

/** The domain services on the infrastructure, and the rpcs that serve them. */
function assemble(config: ChatCoreConfig, { pool, checks, auth, bus, publisher }: Infrastructure, log: Logger) {
  const db = new ChatDb(pool, publisher);
  const queue = new AppendQueue(db, { maxWaitMs: config.limits.maxQueueWaitMs });
  const directory = new GrpcUserDirectory(auth);
  const invitations = new InvitationsService({ db, directory });
  const rooms = new RoomsService({ db, directory, bus, invitations, features: config.features, limits: config.limits });
  const governance = new RoomGovernance({ db, rooms });
  const messages = new MessagesService({ db, queue, bus, features: config.features, limits: config.limits });
  const chat = chatGrpc({
    rooms,
    governance,
    direct: new DirectRooms({ db, directory, rooms }),
    messages,
    events: new TimelineService(db.read),
    invitations,
    health: () => checkHealth(checks),
    log,
  });
  const adminRooms = new AdminRoomStore(pool);
  const retention = new RetentionStore(pool);
  const admin = adminGrpc({
    rooms: new RoomAdministration({ db, rooms: adminRooms, directory, limits: config.limits }),
    messages: new MessageAdministration({ db, rooms: adminRooms, features: config.features }),
    governance,
    retention,
  });
  return { queue, messages, retention, rpcs: { ...chat, ...admin } };
}

/** Starts the publisher, the webhooks, the gRPC and metrics servers and the pruner; closes them in the reverse order. */
async function serve(config: ChatCoreConfig, infra: Infrastructure, parts: ReturnType<typeof assemble>, log: Logger): Promise<ChatCoreHandle> {
  const { pool, checks, publisher } = infra;
  publisher.start();
  // Webhooks on a pool of their own: a slow receiver can never hold a connection the append path waits for.
  const webhookPool = config.webhooks.enabled ? createPool(config.databaseUrl, 2) : undefined;
  const webhooks = webhookPool && new WebhookDispatcher({ pool: webhookPool, log, backoff: { baseMs: 1000, maxMs: 300_000 }, ...config.webhooks });
  // grpc.health.v1 for probes and load balancers: NOT_SERVING while Postgres does not answer, and from close() on.
  const health = createHealthService(['chat.core.v1.ChatCore'], async () => (await checkHealth({ postgres: checks.postgres! })).status);
  const server = await startGrpcServer(
    [
      [chatService(), implement<ChatRpcs>(chatService(), parts.rpcs, log)],
      [
        webhooksService(),
        implement(webhooksService(), webhooksGrpc({ store: new WebhookStore(pool), dispatcher: webhooks, allowPrivate: config.webhooks.allowPrivate }), log),
      ],
      [healthServiceDefinition(), health.implementation],
    ],
    config.grpc.host,
    config.grpc.port,
  );
  log.info({ port: server.port }, 'chat-core listening');
  const metrics = config.metrics.port ? await startMetricsServer(config.metrics.host, config.metrics.port, config.metrics.access) : undefined;
  // Read on each scrape, never per message (docs/OPERATIONS.md).
  const unwatch = [watchPool('chat-core', pool), watchOutbox(pool)];
  webhooks?.start();
  const pruner = new RetentionPruner(parts.retention, config.retention, log);
  pruner.start();

  return {
    grpcPort: server.port,
    messages: parts.messages,
    metricsPort: metrics?.port,
    pruneNow: () => pruner.runOnce(),
    async close() {
      // 1. Say NOT_SERVING, then stop taking calls; in-flight ones finish, including sends waiting in the append queue.
      health.drain();
      await server.close();
      await metrics?.close();
      for (const stop of unwatch) stop();
      await webhooks?.close();
      await webhookPool?.end();
      await pruner.stop();
      // 2. Nothing can be queued any more: wait until every batch is committed and answered.
      await parts.queue.close();
      // 3. Publish what those commits wrote, then give up the lead so a standby takes over.
      await publisher.stop();
      // 4. Only now are Redis (the bus) and the pool unused.
      infra.auth.close();
      if (infra.redis) await closeRedis(infra.redis);
      await pool.end();
    },
  };
}
