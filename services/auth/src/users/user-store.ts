import { conflict, type Pool, type PoolClient } from '@chat/common';

export interface User {
  id: string;
  email: string;
  blocked: boolean;
  /** An admin signs in to the admin API; the account cannot be blocked or deleted there. */
  admin: boolean;
  createdAt: Date;
  updatedAt: Date;
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
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  blocked: row.blocked,
  admin: row.is_admin,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const UNIQUE_VIOLATION = '23505';

/** The SQL of auth.users. Ids reaching it are valid uuids already (the service checks). */
export class UserStore {
  constructor(private readonly pool: Pool) {}

  async insert(email: string, passwordHash: string, { admin = false } = {}): Promise<User> {
    try {
      const { rows } = await this.pool.query<UserRow>(
        `INSERT INTO auth.users (email, password_hash, is_admin)
         VALUES ($1, $2, $3)
         RETURNING id, email, blocked, is_admin, created_at, updated_at`,
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
      `SELECT id, email, blocked, is_admin, created_at, updated_at, password_hash
       FROM auth.users
       WHERE email = $1`,
      [email],
    );
    const row = rows[0];
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  async findById(id: string): Promise<User | undefined> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, is_admin, created_at, updated_at
       FROM auth.users
       WHERE id = $1`,
      [id],
    );
    return rows[0] && toUser(rows[0]);
  }

  async findByIds(ids: string[]): Promise<User[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, is_admin, created_at, updated_at
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
      `SELECT id, email, blocked, is_admin, created_at, updated_at
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
       RETURNING id, email, blocked, is_admin, created_at, updated_at`,
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
}
