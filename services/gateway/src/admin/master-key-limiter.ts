import { DomainError, type Logger, type WindowCounters } from '@chat/common';
import { limitsUnavailable } from '../http/limits-unavailable.ts';

export interface MasterKeyLimit {
  maxFailures: number;
  windowSeconds: number;
}

export interface MasterKeyAttempt {
  /** The key was right: this attempt does not count. */
  succeeded(): Promise<void>;
}

export interface MasterKeyLimiter {
  /** Counts the attempt up front: RESOURCE_EXHAUSTED over the limit, UNAVAILABLE without Redis. */
  begin(clientIp: string): Promise<MasterKeyAttempt>;
}

/**
 * Wrong master keys per client IP, in fixed windows shared by every gateway.
 * As with failed logins, each attempt is counted before the key is compared
 * (so a burst of parallel guesses is counted too) and taken back when it was
 * right; over the limit every call from that address is refused without
 * comparing, or the answer would still tell a guesser when they got it.
 */
export function createMasterKeyLimiter(windows: WindowCounters, prefix: string, limit: MasterKeyLimit, log: Logger): MasterKeyLimiter {
  const key = (ip: string) => `${prefix}:gateway:master-key-failures:ip:${ip}`;
  return {
    async begin(clientIp) {
      const count = await windows.hit(key(clientIp), limit.windowSeconds).catch((error: unknown) => {
        log.error({ err: error }, 'master key limiter unavailable: admin call refused');
        throw limitsUnavailable('the wrong-master-key limit');
      });
      if (count.count > limit.maxFailures) {
        throw new DomainError('RESOURCE_EXHAUSTED', `too many wrong master keys from this address, try again in ${count.ttlSeconds} s`, count.ttlSeconds);
      }
      return {
        async succeeded() {
          // Failing here leaves the attempt counted: stricter, never looser.
          await windows.unhit(key(clientIp)).catch((error: unknown) => log.warn({ err: error }, 'master key limiter: could not take the attempt back'));
        },
      };
    },
  };
}
