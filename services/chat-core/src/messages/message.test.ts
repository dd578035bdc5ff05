import { describe, expect, it } from 'vitest';
import { sameMessage, validateMessageInput } from './message.ts';

const limits = { maxMessageLength: 10 };
const input = (over: Partial<{ content: string; contentType: string; files: string[]; nonce: string }> = {}) => ({
  content: 'hi',
  contentType: '',
  files: [],
  nonce: '',
  ...over,
});

describe('validateMessageInput', () => {
  it('reads proto defaults: empty content type is text, empty nonce is none', () => {
    expect(validateMessageInput(input(), limits)).toEqual({ content: 'hi', contentType: 'text', files: [], nonce: null });
  });

  it('accepts exactly the content types of the contract; typing is a signal of its own, not a message', () => {
    for (const contentType of ['text', 'file', 'multimedia', 'system']) {
      expect(validateMessageInput(input({ contentType }), limits).contentType).toBe(contentType);
    }
    expect(() => validateMessageInput(input({ contentType: 'TEXT' }), limits)).toThrow('content_type must be one of');
    expect(() => validateMessageInput(input({ contentType: 'typing' }), limits)).toThrow('content_type must be one of text, file, multimedia, system');
  });

  it('bounds content by the configured length, and the nonce by 128 characters', () => {
    expect(validateMessageInput(input({ content: 'x'.repeat(10) }), limits).content).toHaveLength(10);
    expect(() => validateMessageInput(input({ content: 'x'.repeat(11) }), limits)).toThrow('content must be at most 10 characters');
    expect(() => validateMessageInput(input({ content: '' }), limits)).toThrow('content must not be empty');
    expect(validateMessageInput(input({ nonce: 'n'.repeat(128) }), limits).nonce).toHaveLength(128);
    expect(() => validateMessageInput(input({ nonce: 'n'.repeat(129) }), limits)).toThrow('nonce must be at most 128 characters');
  });
});

describe('sameMessage', () => {
  it('treats a retry as the same message only when content, type and files all match', () => {
    const a = { content: 'x', contentType: 'file' as const, files: ['f1', 'f2'] };
    expect(sameMessage(a, { ...a, files: ['f1', 'f2'] })).toBe(true);
    expect(sameMessage(a, { ...a, files: ['f2', 'f1'] })).toBe(false);
    expect(sameMessage(a, { ...a, content: 'y' })).toBe(false);
    expect(sameMessage(a, { ...a, contentType: 'text' })).toBe(false);
  });
});
