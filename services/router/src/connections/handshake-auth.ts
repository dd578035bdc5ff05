import type { IncomingHttpHeaders } from 'node:http';
import type { ExtendedError } from 'socket.io';
import { unauthenticated, type Logger } from '@chat/common';
import { parseBearer, type TokenVerifier } from '@chat/tokens';
import type { ChatCoreClient } from '../chat-core/chat-core-client.ts';
import type { ChatSocket } from '../realtime/chat-socket.ts';
import { toSocketError } from '../realtime/socket-error.ts';

/**
 * The access token of a handshake: the Authorization header (Postman, Node
 * clients; quotes tolerated, as the tutorial writes it) or `auth.token`
 * (browsers cannot set headers on a WebSocket).
 */
export function tokenFromHandshake(handshake: { headers: IncomingHttpHeaders; auth?: Record<string, unknown> }): string | undefined {
  const fromHeader = parseBearer(handshake.headers.authorization);
  if (fromHeader) return fromHeader;
  const token = handshake.auth?.token;
  return typeof token === 'string' ? parseBearer(token) : undefined;
}

export interface HandshakeDeps {
  verifier: TokenVerifier;
  chat: Pick<ChatCoreClient, 'roomIdsOf'>;
  log: Logger;
}

/**
 * Namespace middleware: the token is verified locally (auth's public keys),
 * once per connection. A refusal reaches the client as `connect_error` with
 * the reason as its message and `data.code`.
 *
 * The user's rooms are listed here, before the connect is acknowledged, so a
 * client that sees `connect` is already in every room it belongs to.
 */
export function authenticateHandshake(deps: HandshakeDeps) {
  return (socket: ChatSocket, next: (error?: ExtendedError) => void): void => {
    void (async () => {
      const token = tokenFromHandshake(socket.handshake);
      if (!token) throw unauthenticated('no access token: send the header "Authorization: Bearer <token>" or auth.token');
      const claims = await deps.verifier.verify(token);
      const roomIds = await deps.chat.roomIdsOf(claims.userId);
      socket.data = { userId: claims.userId, sessionId: claims.sessionId, expiresAt: claims.expiresAt, roomIds };
    })().then(
      () => next(),
      (error: unknown) => {
        const failure = toSocketError(error, deps.log, 'handshake');
        const refusal: ExtendedError = new Error(failure.message);
        refusal.data = { code: failure.code };
        next(refusal);
      },
    );
  };
}
