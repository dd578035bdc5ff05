import { invalid } from '@chat/common';

/** A hundred years: beyond it a retention is no retention, and the interval arithmetic stays far from overflow. */
export const MAX_RETENTION_DAYS = 36_500;

/** A room's retention as an admin sets it: 0 is "the deployment default" (null), else 1..MAX_RETENTION_DAYS days. */
export function requireRetentionDays(field: string, days: number): number | null {
  if (!Number.isInteger(days) || days < 0 || days > MAX_RETENTION_DAYS) {
    throw invalid(`${field} must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or 0 for the default`);
  }
  return days === 0 ? null : days;
}
