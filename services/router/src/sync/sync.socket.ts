import type { ChatCoreClient } from '../chat-core/chat-core-client.ts';
import type { TokenExpiry } from '../connections/token-expiry.ts';
import type { ClientEvents } from '../realtime/client-event.ts';
import type { EventRateLimit } from '../realtime/event-rate-limit.ts';
import { catchUp } from './catch-up.ts';
import { parseSyncArgs } from './sync-args.ts';

/**
 * `sync` [{roomId, since}] or [roomId, since]: the reconnect catch-up. Socket.IO's
 * connection state recovery cannot do this job: the Redis pub/sub adapter does
 * not support it, and it would not cover a client that reconnects to another
 * router. The room's own gap-free seq does, across routers and restarts.
 */
export function registerSyncEvents(
  events: ClientEvents,
  deps: { chat: ChatCoreClient; expiry: Pick<TokenExpiry, 'assertActive'>; eventLimit: EventRateLimit; maxEvents: number },
): void {
  events.on('sync', async ({ socket, args }) => {
    deps.expiry.assertActive(socket);
    await deps.eventLimit.take(socket.data.userId);
    const { roomId, since } = parseSyncArgs(args);
    return catchUp(deps.chat, { userId: socket.data.userId, roomId, since, maxEvents: deps.maxEvents });
  });
}
