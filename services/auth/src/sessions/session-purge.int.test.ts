import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '@chat/common';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startTestAuth, type TestAuth } from '@chat/testing/auth/test-auth.ts';

let env: TestEnv;
let auth: TestAuth;
let db: Pool;

beforeAll(async () => {
  env = await createTestEnv();
  // A purge every second, so the test sees the schedule itself run.
  auth = await startTestAuth(env, { AUTH_PURGE_INTERVAL: '1' });
  db = createPool(env.databaseUrl, 2);
});

afterAll(async () => {
  await db?.end();
  await auth?.close();
  await env?.cleanup();
});

const PASSWORD = 'correct horse battery';

async function session(email: string) {
  await auth.client.Register({ email, password: PASSWORD });
  return auth.client.Login({ email, password: PASSWORD, client_ip: '127.0.0.1' });
}

const count = async (sql: string, params: unknown[]) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
const sessionsOf = (userId: string) => count('SELECT count(*) AS n FROM auth.sessions WHERE user_id = $1', [userId]);
const tokensOf = (userId: string) =>
  count('SELECT count(*) AS n FROM auth.refresh_tokens t JOIN auth.sessions s ON s.id = t.session_id WHERE s.user_id = $1', [userId]);

describe('the scheduled purge of sessions and refresh tokens', () => {
  it('deletes sessions that ended long ago with their tokens, and refresh tokens used long ago; keeps what may still be presented', async () => {
    const expired = await session('expired@purge.test');
    const revoked = await session('revoked@purge.test');
    const live = await session('live@purge.test');
    // Renewed twice: two used tokens and the current one.
    const second = await auth.client.Renew({ refresh_token: live.refresh_token });
    await auth.client.Renew({ refresh_token: second.refresh_token });
    expect(await tokensOf(live.user_id)).toBe(3);

    // Their times moved back, as if a day (beyond every token's life) and 31 days (beyond REFRESH_TOKEN_TTL) had passed.
    await db.query(`UPDATE auth.sessions SET expires_at = now() - interval '1 day' WHERE user_id = $1`, [expired.user_id]);
    await db.query(`UPDATE auth.sessions SET revoked_at = now() - interval '1 day' WHERE user_id = $1`, [revoked.user_id]);
    await db.query(
      `UPDATE auth.refresh_tokens SET used_at = now() - interval '31 days'
       WHERE token_hash = (SELECT t.token_hash FROM auth.refresh_tokens t JOIN auth.sessions s ON s.id = t.session_id
                           WHERE s.user_id = $1 AND t.used_at IS NOT NULL ORDER BY t.created_at LIMIT 1)`,
      [live.user_id],
    );

    await waitFor('the purge to run', async () => ((await sessionsOf(expired.user_id)) === 0 && (await sessionsOf(revoked.user_id)) === 0) || undefined, 5000);
    expect(await tokensOf(expired.user_id)).toBe(0);
    await waitFor('the old used token to go', async () => ((await tokensOf(live.user_id)) === 2) || undefined, 5000);
    // The live session and its newest token still work.
    expect(await sessionsOf(live.user_id)).toBe(1);
    const latest = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM auth.refresh_tokens t JOIN auth.sessions s ON s.id = t.session_id WHERE s.user_id = $1 AND t.used_at IS NULL`,
      [live.user_id],
    );
    expect(Number(latest.rows[0]!.n)).toBe(1);
  });

  it('leaves a session that just ended: its access token may still be checked against the revocation list', async () => {
    const just = await session('just@purge.test');
    const { rows } = await db.query<{ id: string }>('SELECT id FROM auth.sessions WHERE user_id = $1', [just.user_id]);
    await auth.client.Logout({ user_id: just.user_id, session_id: rows[0]!.id });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await sessionsOf(just.user_id)).toBe(1);
  });
});
