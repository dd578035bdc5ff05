import { conflict, type Pool } from '@chat/common';

export interface User {
  id: string;
  email: string;
  blocked: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserWithHash extends User {
  passwordHash: string;
}

interface UserRow {
  id: string;
  email: string;
  blocked: boolean;
  created_at: Date;
  updated_at: Date;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  blocked: row.blocked,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const UNIQUE_VIOLATION = '23505';

/** The SQL of auth.users. Ids reaching it are valid uuids already (the service checks). */
export class UserStore {
  constructor(private readonly pool: Pool) {}

  async insert(email: string, passwordHash: string): Promise<User> {
    try {
      const { rows } = await this.pool.query<UserRow>(
        `INSERT INTO auth.users (email, password_hash)
         VALUES ($1, $2)
         RETURNING id, email, blocked, created_at, updated_at`,
        [email, passwordHash],
      );
      return toUser(rows[0]!);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw conflict('email is already registered');
      throw error;
    }
  }

  async findByEmail(email: string): Promise<UserWithHash | undefined> {
    const { rows } = await this.pool.query<UserRow & { password_hash: string }>(
      `SELECT id, email, blocked, created_at, updated_at, password_hash
       FROM auth.users
       WHERE email = $1`,
      [email],
    );
    const row = rows[0];
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  async findById(id: string): Promise<User | undefined> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, created_at, updated_at
       FROM auth.users
       WHERE id = $1`,
      [id],
    );
    return rows[0] && toUser(rows[0]);
  }

  async findByIds(ids: string[]): Promise<User[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT id, email, blocked, created_at, updated_at
       FROM auth.users
       WHERE id = ANY($1::uuid[])
       ORDER BY created_at, id`,
      [ids],
    );
    return rows.map(toUser);
  }
}
