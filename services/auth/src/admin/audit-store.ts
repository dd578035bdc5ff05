import type { Pool } from '@chat/common';

export interface AuditEntry {
  id: string;
  adminId: string;
  /** Null when the admin's account no longer exists. */
  adminEmail: string | null;
  action: string;
  target: string;
  details: Record<string, unknown>;
  createdAt: Date;
}

interface AuditRow {
  id: string;
  admin_id: string;
  admin_email: string | null;
  action: string;
  target: string;
  details: Record<string, unknown>;
  created_at: Date;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  adminId: r.admin_id,
  adminEmail: r.admin_email,
  action: r.action,
  target: r.target,
  details: r.details,
  createdAt: r.created_at,
});

/** The SQL of auth.admin_audit. Append-only: nothing here updates or deletes. */
export class AuditStore {
  constructor(private readonly pool: Pool) {}

  async insert(entry: { adminId: string; action: string; target: string; details: Record<string, unknown> }): Promise<AuditEntry> {
    const { rows } = await this.pool.query<AuditRow>(
      `WITH inserted AS (
         INSERT INTO auth.admin_audit (admin_id, action, target, details)
         VALUES ($1, $2, $3, $4)
         RETURNING id, admin_id, action, target, details, created_at
       )
       SELECT i.*, u.email AS admin_email
       FROM inserted i
       LEFT JOIN auth.users u ON u.id = i.admin_id`,
      [entry.adminId, entry.action, entry.target, JSON.stringify(entry.details)],
    );
    return toEntry(rows[0]!);
  }

  async newestFirst(skip: number, limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query<AuditRow>(
      `SELECT a.id, a.admin_id, u.email AS admin_email, a.action, a.target, a.details, a.created_at
       FROM auth.admin_audit a
       LEFT JOIN auth.users u ON u.id = a.admin_id
       ORDER BY a.created_at DESC, a.id DESC
       OFFSET $1 LIMIT $2`,
      [skip, limit],
    );
    return rows.map(toEntry);
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM auth.admin_audit`);
    return Number(rows[0]!.n);
  }
}
