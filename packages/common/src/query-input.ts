import { invalid } from './errors.ts';

// Input checks the services' list and lookup rpcs share: auth's and
// chat-core's admin searches, their pages, and ids that must be UUIDs.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any case: ids are stored lowercase, and callers lowercase what they look up. */
export const isUuid = (value: string): boolean => UUID.test(value);

export interface Page {
  skip: number;
  limit: number;
}

/** Proto ints default to 0: a 0 limit means "the default", not "nothing". */
export function page(skip: number, limit: number, defaults: { limit: number; max: number }): Page {
  if (!Number.isSafeInteger(skip) || skip < 0) throw invalid('skip must be a non-negative integer');
  if (!Number.isSafeInteger(limit) || limit < 0) throw invalid('limit must be a non-negative integer');
  return { skip, limit: limit === 0 ? defaults.limit : Math.min(limit, defaults.max) };
}

/** LIKE's (and ILIKE's) wildcards and escape character in a search term match themselves. */
export const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern matching values that contain the trimmed search term. */
export const containsPattern = (search: string): string => `%${escapeLike(search.trim())}%`;

/** A LIKE pattern matching values that start with the term. */
export const prefixPattern = (term: string): string => `${escapeLike(term)}%`;
