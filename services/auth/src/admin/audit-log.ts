import { forbidden, invalid, isUuid, page } from '@chat/common';
import type { UserStore } from '../users/user-store.ts';
import type { AuditEntry, AuditStore } from './audit-store.ts';

const ACTION = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;
const MAX_ACTION = 64;
const MAX_TARGET = 200;
const MAX_DETAILS = 16_384;

export interface AuditInput {
  adminId: string;
  action: string;
  target: string;
  /** A JSON object; empty: {}. */
  detailsJson: string;
}

/** The record of what admins did. Only an admin's id is accepted as the actor. */
export class AuditLog {
  constructor(
    private readonly store: AuditStore,
    private readonly users: Pick<UserStore, 'findById'>,
  ) {}

  async record(input: AuditInput): Promise<AuditEntry> {
    if (!ACTION.test(input.action) || input.action.length > MAX_ACTION) {
      throw invalid('action must be lower-case words joined by dots, e.g. "room.delete"');
    }
    if (input.target.length === 0 || input.target.length > MAX_TARGET) throw invalid(`target must be 1..${MAX_TARGET} characters`);
    const details = parseDetails(input.detailsJson);
    const admin = isUuid(input.adminId) ? await this.users.findById(input.adminId) : undefined;
    if (!admin?.admin) throw forbidden('admin_id does not name an admin');
    return this.store.insert({ adminId: admin.id, action: input.action, target: input.target, details });
  }

  async list(input: { skip: number; limit: number }): Promise<{ entries: AuditEntry[]; count: number }> {
    const { skip, limit } = page(input.skip, input.limit, { limit: 50, max: 200 });
    const [entries, count] = await Promise.all([this.store.newestFirst(skip, limit), this.store.count()]);
    return { entries, count };
  }
}

function parseDetails(json: string): Record<string, unknown> {
  if (json === '') return {};
  if (json.length > MAX_DETAILS) throw invalid(`details_json must be at most ${MAX_DETAILS} characters`);
  let details: unknown;
  try {
    details = JSON.parse(json);
  } catch {
    throw invalid('details_json is not valid JSON');
  }
  if (typeof details !== 'object' || details === null || Array.isArray(details)) throw invalid('details_json must be a JSON object');
  return details as Record<string, unknown>;
}
