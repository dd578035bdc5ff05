import type { AuthSession } from './auth-session.ts';
import type { Connection } from './connection.ts';
import { ChatError } from './errors.ts';
import type { ChatMessage, OutgoingMessage } from './socket-events.ts';

export interface SendOptions {
  /** Given by the app to make its own resends safe too (e.g. after a page reload); one is made otherwise. */
  nonce?: string;
  contentType?: 'text' | 'file' | 'multimedia' | 'system';
  files?: string[];
  /** How long to keep trying, offline included (default 60 s). */
  timeoutMs?: number;
}

/** A random nonce; `crypto.randomUUID` is missing on pages served over plain HTTP from another host. */
export function newNonce(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the connection is (or gets) up before `deadline`; its timer is cleared, so nothing outlives the send. */
function connectedBefore(connection: Connection, deadline: number): Promise<boolean> {
  if (connection.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    connection.whenConnected().then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/**
 * Sends a message until its answer is known (README, "What a send's ack
 * means"): always with a nonce, so a resend is stored once or answered as
 * the duplicate it is. Waits while offline; resends after a disconnect, a
 * lost ack and OUTCOME_UNKNOWN; after RESOURCE_EXHAUSTED waits `retryAfter`;
 * after UNAUTHENTICATED renews the token. Resolves once, with the stored
 * message. When it gives up, it rejects with OUTCOME_UNKNOWN if an attempt
 * may have been stored, so the app is never told "failed" about a message
 * that was in fact stored.
 */
export async function sendMessage(
  deps: { connection: Connection; session: AuthSession; isClosed: () => boolean },
  roomId: string,
  content: string,
  options: SendOptions = {},
): Promise<ChatMessage> {
  const message: OutgoingMessage = { content, nonce: options.nonce ?? newNonce() };
  if (options.contentType) message.contentType = options.contentType;
  if (options.files) message.files = options.files;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let mayBeStored = false;
  let backoff = 200;
  let last: ChatError = new ChatError('TIMEOUT', 'not connected before the send timed out');
  while (Date.now() < deadline) {
    if (deps.isClosed()) throw new ChatError('CLIENT_CLOSED', 'the client was closed');
    if (!(await connectedBefore(deps.connection, deadline))) break;
    let wait: number;
    try {
      return await deps.connection.request<ChatMessage>('message', roomId, message);
    } catch (error) {
      if (!(error instanceof ChatError)) throw error;
      last = error;
      switch (error.code) {
        case 'UNAVAILABLE':
        case 'TIMEOUT':
        case 'OUTCOME_UNKNOWN':
          // The emit may have reached the router (UNAVAILABLE here can be the socket dropping after it did).
          mayBeStored ||= error.code !== 'UNAVAILABLE' || error.message.startsWith('disconnected');
          wait = backoff;
          backoff = Math.min(backoff * 2, 5_000);
          break;
        case 'RESOURCE_EXHAUSTED':
          wait = (error.retryAfter ?? 1) * 1000;
          break;
        case 'UNAUTHENTICATED':
          // The token expired on this socket: the connection renews it and authenticates the socket
          // (token-expired); this only waits for a valid token. A session that ended rejects here.
          await deps.session.accessToken();
          wait = 300;
          break;
        default:
          throw error;
      }
    }
    if (Date.now() + wait >= deadline) break;
    await sleep(wait);
  }
  if (mayBeStored) throw new ChatError('OUTCOME_UNKNOWN', `gave up after ${last.code}: the message may have been stored; send it again with nonce ${message.nonce} to find out`);
  throw last;
}
