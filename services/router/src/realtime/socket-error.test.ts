import { describe, expect, it } from 'vitest';
import { createLogger, DomainError, ERROR_CODES } from '@chat/common';
import { toSocketError } from './socket-error.ts';

const log = createLogger('router-test', 'silent');

describe('toSocketError', () => {
  it.each(ERROR_CODES)('passes a DomainError %s through with its message', (code) => {
    expect(toSocketError(new DomainError(code, `because ${code}`), log, 'message')).toEqual({ code, message: `because ${code}` });
  });

  it('keeps the retry hint of RESOURCE_EXHAUSTED', () => {
    expect(toSocketError(new DomainError('RESOURCE_EXHAUSTED', 'slow down', 3), log, 'message')).toEqual({
      code: 'RESOURCE_EXHAUSTED',
      message: 'slow down',
      retryAfter: 3,
    });
  });

  it('hides anything else behind INTERNAL with an id, never its text', () => {
    const failure = toSocketError(new Error('SELECT * FROM secrets failed'), log, 'message');
    expect(failure.code).toBe('INTERNAL');
    expect(failure.message).toMatch(/^internal error \(id [0-9a-f-]{36}\)$/);
  });
});
