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
 * `message` [roomId, message]: message is the text itself or
 * {content, contentType, files, nonce}. Only types are checked here; what
 * content and content types are allowed is chat-core's rule.
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
    contentType: contentType ?? '',
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
