import { conflict, type Pool, type PoolClient } from '@chat/common';

export interface User {
  id: string;
  email: string;
  blocked: boolean;
  /** An admin signs in to the admin API; the account cannot be blocked or deleted there. */
  admin: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** 1..64 code points; the part of the email before '@' until the user changes it. */
  displayName: string;
  /** An https URL, or null for none. */
  avatarUrl: string | null;
}

export interface UserWithHash extends User {
  passwordHash: string;
}

/** The columns of auth.users every query returns (the hash aside). */
export interface UserRow {
  id: string;
  email: string;
  blocked: boolean;
  is_admin: boolean;
  created_at: Date;
  updated_at: Date;
  display_name: string;
  avatar_url: string | null;
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  blocked: row.blocked,
  admin: row.is_admin,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  displayName: row.display_name,
  avatarUrl: row.avatar_url,
});

const UNIQUE_VIOLATION = '23505';

/** The SQL of auth.users. Ids reaching it are valid uuids already (the service checks). */
export class UserStore {
  constructor(private readonly pool: Pool) {}

  async insert(email: string, passwordHash: string, { admin = false } = {}): Promise<User> {
    try {
      const { rows } = await this.pool.query<UserRow>(
        `INSERT INTO auth.users (email, password_hash, is_admin, display_name)
         VALUES ($1, $2, $3, coalesce(nullif(left(split_part($1, '@', 1), 64), ''), left($1, 64)))
         RETURNING id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url`,
        [email, passwordHash, admin],
      );
      return toUser(rows[0]!);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw conflict('email is already registered');
      throw error;
    }
  }

  async findByEmail(email: string): Promise<UserWithHash | undefined> {
    const { rows } = await this.pool.query<UserRow & { password_hash: string }>(
      `SELECT id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url, password_hash
       FROM auth.users
       WHERE email = $1`,
      [email],
    );
    const row = rows[0];
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  async findById(id: string): Promise<User | undefined> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url
       FROM auth.users
       WHERE id = $1`,
      [id],
    );
    return rows[0] && toUser(rows[0]);
  }

  async findByIds(ids: string[]): Promise<User[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url
       FROM auth.users
       WHERE id = ANY($1::uuid[])
       ORDER BY created_at, id`,
      [ids],
    );
    return rows.map(toUser);
  }

  /** Newest first; `pattern` is a LIKE pattern over the (lower-case) email. */
  async search(pattern: string, skip: number, limit: number): Promise<User[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url
       FROM auth.users
       WHERE email LIKE $1
       ORDER BY created_at DESC, id DESC
       OFFSET $2 LIMIT $3`,
      [pattern, skip, limit],
    );
    return rows.map(toUser);
  }

  async countSearch(pattern: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM auth.users WHERE email LIKE $1`, [pattern]);
    return Number(rows[0]!.n);
  }

  /** Admin accounts are never changed here: undefined for them as for unknown ids. */
  async setBlocked(client: PoolClient, id: string, blocked: boolean): Promise<User | undefined> {
    const { rows } = await client.query<UserRow>(
      `UPDATE auth.users
       SET blocked = $2, updated_at = now()
       WHERE id = $1 AND NOT is_admin
       RETURNING id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url`,
      [id, blocked],
    );
    return rows[0] && toUser(rows[0]);
  }

  /** Sessions and refresh tokens go with the user (ON DELETE CASCADE). Admin accounts are never deleted here. */
  async deleteNonAdmin(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(`DELETE FROM auth.users WHERE id = $1 AND NOT is_admin`, [id]);
    return rowCount === 1;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.pool.query(`UPDATE auth.users SET password_hash = $2, updated_at = now() WHERE id = $1`, [id, passwordHash]);
  }

  /** Null fields stay as they are; '' as avatar removes it. Undefined for an unknown id. */
  async updateProfile(id: string, displayName: string | null, avatarUrl: string | null): Promise<User | undefined> {
    const { rows } = await this.pool.query<UserRow>(
      `UPDATE auth.users
       SET display_name = coalesce($2, display_name),
           avatar_url = CASE WHEN $3::text IS NULL THEN avatar_url ELSE nullif($3, '') END,
           updated_at = now()
       WHERE id = $1
       RETURNING id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url`,
      [id, displayName, avatarUrl],
    );
    return rows[0] && toUser(rows[0]);
  }

  /**
   * The directory: an exact email, or a display-name prefix (users_display_name_prefix_idx;
   * `prefix` is already a LIKE pattern with its wildcards escaped). Never the
   * caller, admins, blocked accounts, nor anyone either side blocked.
   */
  async directory(callerId: string, email: string, prefix: string, limit: number): Promise<User[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, is_admin, created_at, updated_at, display_name, avatar_url
       FROM auth.users u
       WHERE (u.email = $2 OR lower(u.display_name) LIKE $3)
         AND u.id <> $1 AND NOT u.blocked AND NOT u.is_admin
         AND NOT EXISTS (
           SELECT 1 FROM auth.user_blocks b
           WHERE (b.blocker_id = $1 AND b.blocked_id = u.id) OR (b.blocker_id = u.id AND b.blocked_id = $1)
         )
       ORDER BY u.email = $2 DESC, lower(u.display_name), u.id
       LIMIT $4`,
      [callerId, email, prefix, limit],
    );
    return rows.map(toUser);
  }

  /** The password hash of a user who may sign in (not an admin account); undefined otherwise. */
  async hashOfUser(id: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM auth.users WHERE id = $1 AND NOT is_admin AND NOT blocked`,
      [id],
    );
    return rows[0]?.password_hash;
  }
}
