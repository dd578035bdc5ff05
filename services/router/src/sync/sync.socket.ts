import type { Logger } from '@chat/common';
import type { ChatCore } from '../chat-core/chat-core.ts';
import type { TokenSession } from '../connections/token-session.ts';
import type { ChatSocket } from '../realtime/chat-socket.ts';
import { onClientEvent } from '../realtime/client-event.ts';
import { catchUp } from './catch-up.ts';
import { parseSyncArgs } from './sync-args.ts';

/**
 * `sync` [{roomId, since}] or [roomId, since]: the reconnect catch-up. Socket.IO's
 * connection state recovery cannot do this job: the Redis pub/sub adapter does
 * not support it, and it would not cover a client that reconnects to another
 * router. The room's own gap-free seq does, across routers and restarts.
 */
export function registerSyncEvents(
  socket: ChatSocket,
  deps: { chat: ChatCore; session: TokenSession; maxEvents: number; log: Logger },
): void {
  onClientEvent(
    socket,
    'sync',
    async ({ args }) => {
      deps.session.assertActive();
      const { roomId, since } = parseSyncArgs(args);
      return catchUp(deps.chat, { userId: socket.data.userId, roomId, since, maxEvents: deps.maxEvents });
    },
    deps.log,
  );
}
