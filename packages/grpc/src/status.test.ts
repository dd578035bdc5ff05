import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { ANSWERED, fromServiceError } from './status.ts';

const failure = (code: status, details: string, answered: boolean): ServiceError => {
  const metadata = new Metadata();
  if (answered) metadata.set(ANSWERED, '1');
  return Object.assign(new Error(details), { code, details, metadata });
};

describe('fromServiceError', () => {
  it('keeps the message of an UNAVAILABLE the service answered itself, and knows it was answered', () => {
    const error = fromServiceError(failure(status.UNAVAILABLE, 'chat-core is shutting down, try again', true), 'chat-core');
    expect(error).toMatchObject({ code: 'UNAVAILABLE', message: 'chat-core is shutting down, try again', unanswered: false });
  });

  it('marks a deadline or a broken connection as unanswered: the call may have taken effect', () => {
    for (const code of [status.DEADLINE_EXCEEDED, status.UNAVAILABLE, status.CANCELLED, status.INTERNAL]) {
      const error = fromServiceError(failure(code, 'Connection dropped', false), 'chat-core');
      expect(error).toMatchObject({ code: 'UNAVAILABLE', message: 'chat-core is unavailable, try again', unanswered: true });
    }
  });

  it('knows a call that never found a connection was never sent', () => {
    const error = fromServiceError(failure(status.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED', false), 'chat-core');
    expect(error.unanswered).toBe(false);
  });

  it('turns the service\'s own UNKNOWN into OUTCOME_UNKNOWN, and keeps its own INTERNAL', () => {
    expect(fromServiceError(failure(status.UNKNOWN, 'may have been stored', true), 'chat-core')).toMatchObject({ code: 'OUTCOME_UNKNOWN', message: 'may have been stored' });
    expect(fromServiceError(failure(status.INTERNAL, 'internal error (id 1)', true), 'chat-core')).toMatchObject({ code: 'INTERNAL', message: 'internal error (id 1)' });
  });
});
