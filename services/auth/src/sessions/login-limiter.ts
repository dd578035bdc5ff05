import { createHash } from 'node:crypto';
import { DomainError, type Logger, type WindowCount, type WindowCounters } from '@chat/common';
import type { AuthConfig } from '../config.ts';

export interface LoginAttempt {
  /** Call when the credentials were right: the attempt no longer counts as a failure. */
  succeeded(): Promise<void>;
}

export interface LoginLimiter {
  /**
   * Counts the attempt as a failure up front; throws RESOURCE_EXHAUSTED when
   * over a limit, and UNAVAILABLE when the counts cannot be reached.
   */
  begin(email: string, clientIp: string): Promise<LoginAttempt>;
}

/** Said when Redis cannot be reached: the operator and the client both learn why logins stopped. */
export const LIMITER_UNAVAILABLE = 'logins are refused while the failed-login counter (Redis) is unreachable: try again shortly';

/**
 * Failed logins per email and per client IP, in fixed windows (in Redis, so
 * every auth replica shares the counts; in memory in single-node mode). Each
 * attempt is counted *before* the password is checked (and taken back when it
 * was right), so a burst of parallel guesses cannot all slip in before the
 * first failure is recorded. Attempts over a limit are refused even with the
 * right password, or the refusal itself would tell a guesser when they got it.
 *
 * `keyPrefix` names the counts: the user login and the admin login each have
 * their own, so failures at one never lock anyone out of the other.
 */
export function createLoginLimiter(
  windows: WindowCounters,
  keyPrefix: string,
  limits: AuthConfig['loginLimit'],
  log: Logger,
): LoginLimiter {
  // Hashed so the keyspace holds no email addresses.
  const emailKey = (email: string) => `${keyPrefix}:email:${createHash('sha256').update(email).digest('hex')}`;
  const ipKey = (ip: string) => `${keyPrefix}:ip:${ip}`;

  return {
    async begin(email, clientIp) {
      let byEmail: WindowCount;
      let byIp: WindowCount | undefined;
      try {
        byEmail = await windows.hit(emailKey(email), limits.windowSeconds);
        byIp = clientIp ? await windows.hit(ipKey(clientIp), limits.windowSeconds) : undefined;
      } catch (error) {
        // Fail closed: without the counts a guesser would have no limit at all.
        log.error({ err: error }, 'login limiter unavailable: login refused');
        throw new DomainError('UNAVAILABLE', LIMITER_UNAVAILABLE);
      }
      if (byEmail.count > limits.maxFailuresPerEmail) {
        throw tooMany(`too many failed logins for this account, try again in ${byEmail.ttlSeconds} s`, byEmail.ttlSeconds);
      }
      if (byIp && byIp.count > limits.maxFailuresPerIp) {
        throw tooMany(`too many failed logins from this address, try again in ${byIp.ttlSeconds} s`, byIp.ttlSeconds);
      }
      return {
        async succeeded() {
          // The account's count starts over (only its owner can do that); the
          // IP's only loses this attempt, or one good account would let an
          // address guess at every other account without limit. Failing here
          // leaves the attempt counted: stricter, never looser.
          await Promise.all([windows.reset(emailKey(email)), clientIp ? windows.unhit(ipKey(clientIp)) : undefined]).catch((error: unknown) =>
            log.warn({ err: error }, 'login limiter: could not clear the counts'),
          );
        },
      };
    },
  };
}

function tooMany(message: string, ttl: number): DomainError {
  return new DomainError('RESOURCE_EXHAUSTED', message, Math.max(1, ttl));
}
