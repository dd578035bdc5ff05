import { describe, expect, it } from 'vitest';
import { DomainError, ERROR_CODES } from '@chat/common';
import { describeValidation, statusOf, toHttpError } from './http-errors.ts';

describe('toHttpError', () => {
  it('maps every domain code to its HTTP status', () => {
    expect(Object.fromEntries(ERROR_CODES.map((code) => [code, statusOf(code)]))).toEqual({
      INVALID_ARGUMENT: 400,
      UNAUTHENTICATED: 401,
      PERMISSION_DENIED: 403,
      NOT_FOUND: 404,
      ALREADY_EXISTS: 409,
      RESOURCE_EXHAUSTED: 429,
      UNAVAILABLE: 503,
      OUTCOME_UNKNOWN: 504,
      INTERNAL: 500,
    });
  });

  it('keeps a domain error its message and retry-after', () => {
    expect(toHttpError(new DomainError('RESOURCE_EXHAUSTED', 'slow down', 7))).toEqual({
      status: 429,
      code: 'RESOURCE_EXHAUSTED',
      message: 'slow down',
      retryAfter: 7,
    });
  });

  it('leaves an unknown error to the INTERNAL path, so its message (SQL, paths) is never shown', () => {
    expect(toHttpError(new Error('relation "auth.users" does not exist'))).toBeUndefined();
    expect(toHttpError(Object.assign(new Error('boom'), { statusCode: 400 }))).toBeUndefined();
  });
});

describe('describeValidation', () => {
  it('puts the field first', () => {
    const issues = [
      { keyword: 'required', instancePath: '', params: { missingProperty: 'email' }, message: "must have required property 'email'" },
      { keyword: 'format', instancePath: '/email', params: { format: 'email' }, message: 'must match format "email"' },
      { keyword: 'maxLength', instancePath: '/users/3', params: {}, message: 'must NOT have more than 64 characters' },
    ];
    expect(describeValidation(issues, 'body')).toBe(
      'email: is required; email: must match format "email"; users.3: must NOT have more than 64 characters',
    );
  });

  it('names the part of the request when the whole of it is wrong', () => {
    expect(describeValidation([{ keyword: 'type', instancePath: '', params: { type: 'object' }, message: 'must be object' }], 'body')).toBe(
      'body: must be a JSON object',
    );
  });
});
