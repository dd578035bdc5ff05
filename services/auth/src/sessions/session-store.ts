import type { Pool, PoolClient } from '@chat/common';
import { toUser, type User, type UserRow } from '../users/user-store.ts';

/** A refresh token with the session and user it belongs to, as Renew needs them. */
export interface RefreshTokenState {
  sessionId: string;
  userId: string;
  used: boolean;
  sessionRevoked: boolean;
  sessionExpired: boolean;
  userBlocked: boolean;
}

interface RefreshTokenRow {
  session_id: string;
  user_id: string;
  used: boolean;
  session_revoked: boolean;
  session_expired: boolean;
  user_blocked: boolean;
}

/** A user signs in at the user login, an admin at the admin login; neither kind passes for the other. */
export type SessionKind = 'user' | 'admin';

/** An admin session with its account, as the admin guard checks it on every call. */
export interface AdminSessionState {
  /** Revoked or expired. */
  ended: boolean;
  user: User;
}

/** The SQL of auth.sessions and auth.refresh_tokens; token hashes only, never tokens. */
export class SessionStore {
  constructor(private readonly pool: Pool) {}

  /** Ends after `ttlSeconds`, and never later than `maxAgeSeconds` after it began. */
  async create(client: Pool | PoolClient, userId: string, kind: SessionKind, ttlSeconds: number, maxAgeSeconds = ttlSeconds): Promise<string> {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO auth.sessions (user_id, kind, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => least($3::double precision, $4::double precision)))
       RETURNING id`,
      [userId, kind, ttlSeconds, maxAgeSeconds],
    );
    return rows[0]!.id;
  }

  async addRefreshToken(client: PoolClient, sessionId: string, tokenHash: string): Promise<void> {
    await client.query(
      `INSERT INTO auth.refresh_tokens (token_hash, session_id)
       VALUES ($1, $2)`,
      [tokenHash, sessionId],
    );
  }

  /**
   * Locks the token's row and its session's: a concurrent Renew of the same
   * token waits here and then sees it used, and a concurrent Logout cannot
   * interleave with a rotation.
   */
  async lockRefreshToken(client: PoolClient, tokenHash: string): Promise<RefreshTokenState | undefined> {
    const { rows } = await client.query<RefreshTokenRow>(
      `SELECT s.id AS session_id,
              s.user_id,
              rt.used_at IS NOT NULL AS used,
              s.revoked_at IS NOT NULL AS session_revoked,
              s.expires_at <= now() AS session_expired,
              u.blocked AS user_blocked
       FROM auth.refresh_tokens rt
       JOIN auth.sessions s ON s.id = rt.session_id
       JOIN auth.users u ON u.id = s.user_id
       WHERE rt.token_hash = $1
       FOR UPDATE OF rt, s`,
      [tokenHash],
    );
    const row = rows[0];
    return (
      row && {
        sessionId: row.session_id,
        userId: row.user_id,
        used: row.used,
        sessionRevoked: row.session_revoked,
        sessionExpired: row.session_expired,
        userBlocked: row.user_blocked,
      }
    );
  }

  async markUsed(client: PoolClient, tokenHash: string): Promise<void> {
    await client.query(
      `UPDATE auth.refresh_tokens
       SET used_at = now()
       WHERE token_hash = $1`,
      [tokenHash],
    );
  }

  /**
   * A session in use slides forward: it ends after REFRESH_TOKEN_TTL without
   * a renewal, and in any case `maxAgeSeconds` after the login that began it
   * (REFRESH_TOKEN_MAX_AGE), however often it is renewed. Returns when it ends.
   */
  async extend(client: PoolClient, sessionId: string, ttlSeconds: number, maxAgeSeconds: number): Promise<Date> {
    const { rows } = await client.query<{ expires_at: Date }>(
      `UPDATE auth.sessions
       SET expires_at = least(now() + make_interval(secs => $2), created_at + make_interval(secs => $3))
       WHERE id = $1
       RETURNING expires_at`,
      [sessionId, ttlSeconds, maxAgeSeconds],
    );
    return rows[0]!.expires_at;
  }

  /** Revoking twice keeps the first time. False when the user has no such session of that kind. */
  async revoke(sessionId: string, userId: string, kind: SessionKind, client: Pool | PoolClient = this.pool): Promise<boolean> {
    const { rowCount } = await client.query(
      `UPDATE auth.sessions
       SET revoked_at = coalesce(revoked_at, now())
       WHERE id = $1 AND user_id = $2 AND kind = $3`,
      [sessionId, userId, kind],
    );
    return rowCount === 1;
  }

  /** Undefined when the account has no admin session of that id (a deleted account's went with it). */
  async adminSessionState(sessionId: string, userId: string): Promise<AdminSessionState | undefined> {
    const { rows } = await this.pool.query<UserRow & { ended: boolean }>(
      `SELECT s.revoked_at IS NOT NULL OR s.expires_at <= now() AS ended,
              u.id, u.email, u.blocked, u.is_admin, u.created_at, u.updated_at
       FROM auth.sessions s
       JOIN auth.users u ON u.id = s.user_id
       WHERE s.id = $1 AND s.user_id = $2 AND s.kind = 'admin'`,
      [sessionId, userId],
    );
    const row = rows[0];
    return row && { ended: row.ended, user: toUser(row) };
  }

  /** Every session of the user ends: their refresh tokens stop working (a blocked account). */
  async revokeAllOf(client: PoolClient, userId: string): Promise<void> {
    await client.query(
      `UPDATE auth.sessions
       SET revoked_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  /** Sessions ended within the last `seconds` (auth.session_revocations, filled by a trigger on every way a session ends). */
  async revokedWithin(seconds: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ session_id: string }>(
      `SELECT session_id FROM auth.session_revocations
       WHERE revoked_at > now() - make_interval(secs => $1)`,
      [seconds],
    );
    return rows.map((r) => r.session_id);
  }

  /**
   * Deletes up to `batch` sessions that ended (expired or revoked) more than
   * `seconds` ago, with their refresh tokens (ON DELETE CASCADE); returns how
   * many. Past that margin no token of theirs is valid, so nothing is lost.
   */
  async purgeEnded(seconds: number, batch: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM auth.sessions
       WHERE id = ANY(ARRAY(
         SELECT id FROM auth.sessions
         WHERE expires_at < now() - make_interval(secs => $1)
            OR revoked_at < now() - make_interval(secs => $1)
         LIMIT $2))`,
      [seconds, batch],
    );
    return rowCount ?? 0;
  }

  /**
   * Deletes up to `batch` refresh tokens used more than `seconds` ago, of
   * sessions still open; returns how many. Such a token presented again is
   * then refused as unknown instead of revoking its session as a reuse: the
   * window of reuse detection is `seconds`.
   */
  async purgeUsedTokens(seconds: number, batch: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM auth.refresh_tokens
       WHERE token_hash = ANY(ARRAY(
         SELECT token_hash FROM auth.refresh_tokens
         WHERE used_at < now() - make_interval(secs => $1)
         LIMIT $2))`,
      [seconds, batch],
    );
    return rowCount ?? 0;
  }

  /** Drops revocations older than `seconds`: every token they concern has expired. */
  async pruneRevocations(seconds: number): Promise<void> {
    await this.pool.query(`DELETE FROM auth.session_revocations WHERE revoked_at < now() - make_interval(secs => $1)`, [seconds]);
  }
}
