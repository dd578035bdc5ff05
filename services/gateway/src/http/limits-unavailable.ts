import { DomainError } from '@chat/common';

/**
 * The security limits (wrong master keys, registrations, room creation)
 * count in Redis. Without Redis they cannot count, and a limit that lets
 * everything through while Redis is away is no limit: the request is refused
 * instead, saying why, and the client may retry.
 */
export function limitsUnavailable(what: string): DomainError {
  return new DomainError('UNAVAILABLE', `${what} cannot be checked while Redis is unreachable: refused, try again shortly`);
}
