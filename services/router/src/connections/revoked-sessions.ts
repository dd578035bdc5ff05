import type { Logger } from '@chat/common';
import type { TokenVerifier } from '@chat/tokens';
import type { ChatNamespace } from '../realtime/chat-socket.ts';

/**
 * A session that ends (logout, an admin blocking or deleting the user) ends
 * its sockets too, within the verifier's poll interval: they are told why
 * with `conduit_error` and disconnected, and reconnecting with the same token
 * is refused at the handshake. Without this a socket would live on until its
 * access token expired.
 */
export function disconnectRevokedSessions(namespaces: ChatNamespace[], verifier: TokenVerifier, log: Logger): void {
  verifier.onRevoked((sessionIds) => {
    const ended = new Set(sessionIds);
    for (const nsp of namespaces) {
      for (const socket of nsp.sockets.values()) {
        if (!ended.has(socket.data.sessionId)) continue;
        log.debug({ userId: socket.data.userId, socketId: socket.id }, 'session revoked: disconnecting');
        socket.emit('conduit_error', { code: 'UNAUTHENTICATED', message: 'session ended (logged out or blocked): disconnected' });
        socket.disconnect(true);
      }
    }
  });
}
