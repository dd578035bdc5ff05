import { invalid } from '@chat/common';

/** Proto ints default to 0: a 0 limit means "the default", not "nothing". */
export function page(skip: number, limit: number, defaults: { limit: number; max: number }): { skip: number; limit: number } {
  if (!Number.isSafeInteger(skip) || skip < 0) throw invalid('skip must be a non-negative integer');
  if (!Number.isSafeInteger(limit) || limit < 0) throw invalid('limit must be a non-negative integer');
  return { skip, limit: limit === 0 ? defaults.limit : Math.min(limit, defaults.max) };
}
