import { invalid } from '@chat/common';

/** What a message may be. Typing is not a message: a live signal of its own (MessagesService.typing). */
export const CONTENT_TYPES = ['text', 'file', 'multimedia', 'system'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export interface Message {
  id: string;
  roomId: string;
  senderId: string;
  content: string;
  contentType: ContentType;
  files: string[];
  nonce: string | null;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A typing signal as it is relayed: never stored, so it has no id and no seq. */
export interface TypingSignal {
  roomId: string;
  senderId: string;
  content: string;
  createdAt: Date;
}

export interface NewMessage {
  senderId: string;
  content: string;
  contentType: ContentType;
  files: string[];
  nonce: string | null;
}

export interface MessageLimits {
  maxMessageLength: number;
}

const MAX_FILES = 20;
const MAX_FILE_REF_LENGTH = 2048;
const MAX_NONCE_LENGTH = 128;

export function validateContent(content: string, limits: MessageLimits): string {
  if (content.length === 0) throw invalid('content must not be empty');
  if (content.length > limits.maxMessageLength) {
    throw invalid(`content must be at most ${limits.maxMessageLength} characters`);
  }
  return content;
}

/** Proto strings default to "": an empty content type means text, an empty nonce means none. */
export function validateMessageInput(
  input: { content: string; contentType: string; files: string[]; nonce: string },
  limits: MessageLimits,
): { content: string; contentType: ContentType; files: string[]; nonce: string | null } {
  const contentType = input.contentType === '' ? 'text' : input.contentType;
  if (!(CONTENT_TYPES as readonly string[]).includes(contentType)) {
    throw invalid(`content_type must be one of ${CONTENT_TYPES.join(', ')}`);
  }
  if (input.files.length > MAX_FILES) throw invalid(`files may hold at most ${MAX_FILES} entries`);
  if (input.files.some((f) => f.length === 0 || f.length > MAX_FILE_REF_LENGTH)) {
    throw invalid(`files entries must be 1..${MAX_FILE_REF_LENGTH} characters`);
  }
  if (input.nonce.length > MAX_NONCE_LENGTH) throw invalid(`nonce must be at most ${MAX_NONCE_LENGTH} characters`);
  return {
    content: validateContent(input.content, limits),
    contentType: contentType as ContentType,
    files: input.files,
    nonce: input.nonce === '' ? null : input.nonce,
  };
}

/** A repeated nonce is a retry only when it carries the same message. */
export function sameMessage(a: Pick<NewMessage, 'content' | 'contentType' | 'files'>, b: typeof a): boolean {
  return (
    a.content === b.content &&
    a.contentType === b.contentType &&
    a.files.length === b.files.length &&
    a.files.every((f, i) => f === b.files[i])
  );
}
