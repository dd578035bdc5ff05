import { createHash } from 'node:crypto';
import { DomainError, type Logger, type Redis } from '@chat/common';
import type { AuthConfig } from '../config.ts';

export interface LoginAttempt {
  /** Call when the credentials were right: the attempt no longer counts as a failure. */
  succeeded(): Promise<void>;
}

export interface LoginLimiter {
  /** Counts the attempt as a failure up front; throws RESOURCE_EXHAUSTED when over a limit. */
  begin(email: string, clientIp: string): Promise<LoginAttempt>;
}

/**
 * Failed logins per email and per client IP, in fixed windows in Redis so
 * every auth replica shares the counts. Each attempt is counted *before* the
 * password is checked (and taken back when it was right), so a burst of
 * parallel guesses cannot all slip in before the first failure is recorded.
 * Attempts over a limit are refused even with the right password, or the
 * refusal itself would tell a guesser when they got it.
 */
export function createLoginLimiter(
  redis: Redis,
  prefix: string,
  limits: AuthConfig['loginLimit'],
  log: Logger,
): LoginLimiter {
  // Hashed so the keyspace holds no email addresses.
  const emailKey = (email: string) => `${prefix}:auth:login-failures:email:${createHash('sha256').update(email).digest('hex')}`;
  const ipKey = (ip: string) => `${prefix}:auth:login-failures:ip:${ip}`;

  async function count(key: string): Promise<{ count: number; ttl: number }> {
    const replies = await redis
      .multi()
      .set(key, 0, 'EX', limits.windowSeconds, 'NX')
      .incr(key)
      .ttl(key)
      .exec();
    const failed = !replies ? new Error('transaction aborted') : replies.find(([error]) => error)?.[0];
    if (failed) throw failed;
    return { count: Number(replies![1]![1]), ttl: Number(replies![2]![1]) };
  }

  return {
    async begin(email, clientIp) {
      let byEmail: { count: number; ttl: number };
      let byIp: { count: number; ttl: number } | undefined;
      try {
        byEmail = await count(emailKey(email));
        byIp = clientIp ? await count(ipKey(clientIp)) : undefined;
      } catch (error) {
        // Redis away: logins keep working unthrottled rather than all failing.
        log.warn({ err: error }, 'login limiter unavailable: attempt not counted');
        return { succeeded: async () => undefined };
      }
      if (byEmail.count > limits.maxFailuresPerEmail) {
        throw tooMany(`too many failed logins for this account, try again in ${byEmail.ttl} s`, byEmail.ttl);
      }
      if (byIp && byIp.count > limits.maxFailuresPerIp) {
        throw tooMany(`too many failed logins from this address, try again in ${byIp.ttl} s`, byIp.ttl);
      }
      return {
        async succeeded() {
          // The account's count starts over (only its owner can do that); the
          // IP's only loses this attempt, or one good account would let an
          // address guess at every other account without limit.
          const undo = redis.multi().del(emailKey(email));
          if (clientIp) undo.eval(DECR_IF_EXISTS, 1, ipKey(clientIp));
          await undo.exec().catch((error: unknown) => log.warn({ err: error }, 'login limiter: could not clear the counts'));
        },
      };
    },
  };
}

// A plain DECR on a key whose window just ended would recreate it without an expiry.
const DECR_IF_EXISTS = `if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end return 0`;

function tooMany(message: string, ttl: number): DomainError {
  return new DomainError('RESOURCE_EXHAUSTED', message, Math.max(1, ttl));
}
