import { createHash, timingSafeEqual } from 'node:crypto';

export type MasterKeyVerdict = 'ok' | 'missing' | 'wrong';

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares a presented master key with the configured one in constant time.
 * Both are hashed first: timingSafeEqual needs equal lengths, and comparing
 * raw lengths would tell a guesser how long the key is.
 */
export function masterKeyChecker(masterKey: string): (presented: string | string[] | undefined) => MasterKeyVerdict {
  const expected = sha256(masterKey);
  return (presented) => {
    if (presented === undefined || presented === '') return 'missing';
    // A header sent twice is not a key anyone configured.
    if (Array.isArray(presented)) return 'wrong';
    return timingSafeEqual(sha256(presented), expected) ? 'ok' : 'wrong';
  };
}
