import { invalid } from '@chat/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are compared as stored (lowercase), so an id typed in capitals still matches. */
export function requireUuid(field: string, value: string): string {
  if (!UUID.test(value)) throw invalid(`${field} must be a UUID`);
  return value.toLowerCase();
}

/** A non-empty list of user ids, at most `max`, each a UUID; duplicates are folded. */
export function requireUserIds(field: string, values: string[], max: number): string[] {
  if (values.length === 0) throw invalid(`${field} must name at least one user`);
  if (values.length > max) throw invalid(`${field} may name at most ${max} users`);
  return [...new Set(values.map((value, i) => requireUuid(`${field}[${i}]`, value)))];
}

export function requireSeq(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw invalid(`${field} must be a non-negative integer`);
  return value;
}

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
