import { invalid, isUuid } from '@chat/common';

// Paging is the same for every service's lists.
export { page, type Page } from '@chat/common';

/** Ids are compared as stored (lowercase), so an id typed in capitals still matches. */
export function requireUuid(field: string, value: string): string {
  if (!isUuid(value)) throw invalid(`${field} must be a UUID`);
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
