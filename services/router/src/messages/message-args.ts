import { invalid } from '@chat/common';
import { requireArity, requireRoomId, requireString } from '../realtime/args.ts';

export interface MessageArgs {
  roomId: string;
  content: string;
  /** Empty: text (chat-core's default). */
  contentType: string;
  files: string[];
  /** Empty: none. */
  nonce: string;
}

const MESSAGE_SHAPE = 'a string or {content, contentType, files, nonce}';

/**
 * The content types a client may send. chat-core also stores `system`, but
 * only the server may write it: from a client it would pass for a notice of
 * the service's own.
 */
export const CLIENT_CONTENT_TYPES = ['text', 'file', 'multimedia', 'typing'] as const;
const SERVER_CONTENT_TYPES = ['system'];

function requireClientContentType(contentType: string): string {
  if (contentType === '' || (CLIENT_CONTENT_TYPES as readonly string[]).includes(contentType)) return contentType;
  const allowed = `one of ${CLIENT_CONTENT_TYPES.join(', ')}`;
  if (SERVER_CONTENT_TYPES.includes(contentType)) {
    throw invalid(`message.contentType (argument 2) "${contentType}" is sent by the server only: use ${allowed}`);
  }
  throw invalid(`message.contentType (argument 2) must be ${allowed}`);
}

/**
 * `message` [roomId, message]: message is the text itself or
 * {content, contentType, files, nonce}. Types are checked here, and that
 * the content type is one a client may send; what content is allowed is
 * chat-core's rule.
 */
export function parseMessageArgs(args: unknown[]): MessageArgs {
  requireArity('message', args, ['roomId', 'message']);
  const roomId = requireRoomId(1, args[0]);
  const message = args[1];
  if (typeof message === 'string') return { roomId, content: message, contentType: '', files: [], nonce: '' };
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw invalid(`message (argument 2) must be ${MESSAGE_SHAPE}`);
  }
  const { content, contentType, files, nonce } = message as Record<string, unknown>;
  if (typeof content !== 'string') throw invalid('message.content (argument 2) must be a string');
  if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') {
    throw invalid('message.contentType (argument 2) must be a string');
  }
  if (files !== undefined && files !== null && !(Array.isArray(files) && files.every((f) => typeof f === 'string'))) {
    throw invalid('message.files (argument 2) must be an array of strings');
  }
  if (nonce !== undefined && nonce !== null && typeof nonce !== 'string') {
    throw invalid('message.nonce (argument 2) must be a string');
  }
  return {
    roomId,
    content,
    contentType: requireClientContentType(contentType ?? ''),
    files: (files as string[] | undefined | null) ?? [],
    nonce: nonce ?? '',
  };
}

/** `typing` [roomId, content?]: chat-core relays a non-empty content, so a bare signal says "typing". */
export function parseTypingArgs(args: unknown[]): { roomId: string; content: string } {
  requireArity('typing', args, ['roomId', 'content'], 1);
  const roomId = requireRoomId(1, args[0]);
  const content = args[1] === undefined ? 'typing' : requireString('content', 2, args[1]);
  return { roomId, content };
}

/** `messagesRead` [roomId]. */
export function parseMessagesReadArgs(args: unknown[]): { roomId: string } {
  requireArity('messagesRead', args, ['roomId']);
  return { roomId: requireRoomId(1, args[0]) };
}
