import { describe, expect, it } from 'vitest';
import { DomainError } from '@chat/common';
import { parseMessageArgs, parseMessagesReadArgs, parseTypingArgs } from './message-args.ts';

const room = '6f1c2a52-0d1e-4a59-9a0f-0c0f5a0e3c11';

function thrown(fn: () => unknown): { code: string; message: string } | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message };
    throw error;
  }
  return undefined;
}

describe('parseMessageArgs', () => {
  it('takes a plain string as text content, leaving type and nonce to chat-core defaults', () => {
    expect(parseMessageArgs([room, 'hello'])).toEqual({ roomId: room, content: 'hello', contentType: '', files: [], nonce: '' });
  });

  it('takes the object form with every field', () => {
    expect(parseMessageArgs([room, { content: 'pic', contentType: 'file', files: ['f1'], nonce: 'n1', extra: true }])).toEqual({
      roomId: room,
      content: 'pic',
      contentType: 'file',
      files: ['f1'],
      nonce: 'n1',
    });
  });

  it('treats null optional fields as absent', () => {
    expect(parseMessageArgs([room, { content: 'x', contentType: null, files: null, nonce: null }])).toEqual({
      roomId: room,
      content: 'x',
      contentType: '',
      files: [],
      nonce: '',
    });
  });

  it.each([
    [[], 'message takes 2 argument(s) (roomId, message), got 0'],
    [[room], 'message takes 2 argument(s) (roomId, message), got 1'],
    [[room, 'a', 'b'], 'message takes 2 argument(s) (roomId, message), got 3'],
    [[null, 'a'], 'roomId (argument 1) must be a string'],
    [[' ', 'a'], 'roomId (argument 1) must not be empty'],
    [[room, ['a']], 'message (argument 2) must be a string or {content, contentType, files, nonce}'],
    [[room, null], 'message (argument 2) must be a string or {content, contentType, files, nonce}'],
    [[room, {}], 'message.content (argument 2) must be a string'],
    [[room, { content: 'x', contentType: 3 }], 'message.contentType (argument 2) must be a string'],
    [[room, { content: 'x', contentType: 'system' }], 'message.contentType (argument 2) "system" is sent by the server only: use one of text, file, multimedia, typing'],
    [[room, { content: 'x', contentType: 'poem' }], 'message.contentType (argument 2) must be one of text, file, multimedia, typing'],
    [[room, { content: 'x', files: 'f' }], 'message.files (argument 2) must be an array of strings'],
    [[room, { content: 'x', nonce: 5 }], 'message.nonce (argument 2) must be a string'],
  ])('refuses %j as INVALID_ARGUMENT naming the argument', (args, message) => {
    expect(thrown(() => parseMessageArgs(args))).toEqual({ code: 'INVALID_ARGUMENT', message });
  });
});

describe('parseTypingArgs and parseMessagesReadArgs', () => {
  it('gives a bare typing signal a content, since chat-core relays only non-empty content', () => {
    expect(parseTypingArgs([room])).toEqual({ roomId: room, content: 'typing' });
    expect(parseTypingArgs([room, 'ann is typing'])).toEqual({ roomId: room, content: 'ann is typing' });
  });

  it('refuses a missing room and extra arguments', () => {
    expect(() => parseTypingArgs([])).toThrow('typing takes 1 to 2 argument(s) (roomId, content), got 0');
    expect(() => parseMessagesReadArgs([room, 1])).toThrow('messagesRead takes 1 argument(s) (roomId), got 2');
    expect(parseMessagesReadArgs([room])).toEqual({ roomId: room });
  });
});
