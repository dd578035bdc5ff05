import { describe, expect, it } from 'vitest';
import { DomainError, invalid, isDomainError } from './errors.ts';

describe('DomainError', () => {
  it('carries its code and a message meant for the client', () => {
    const error = invalid('roomName is required');
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe('roomName is required');
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(new DomainError('RESOURCE_EXHAUSTED', 'slow down', 3).retryAfter).toBe(3);
  });
});
