import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestAuth, type TestAuth } from '@chat/testing/auth/test-auth.ts';

let env: TestEnv;
let auth: TestAuth;
let db: pg.Client;
/** REFRESH_TOKEN_MAX_AGE here: an hour. */
const MAX_AGE = 3600;

beforeAll(async () => {
  env = await createTestEnv();
  auth = await startTestAuth(env, {
    AUTH_LOGIN_MAX_FAILURES_PER_EMAIL: '3',
    AUTH_LOGIN_MAX_FAILURES_PER_IP: '6',
    AUTH_LOGIN_FAILURE_WINDOW: '60',
    REFRESH_TOKEN_MAX_AGE: String(MAX_AGE),
  });
  db = new pg.Client({ connectionString: env.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await auth?.close();
  await env?.cleanup();
});

let n = 0;
async function registered(password = 'correct horse') {
  const email = `user${++n}@example.com`;
  const user = await auth.client.Register({ email, password });
  return { email, password, user };
}

describe('Login', () => {
  it('issues an EdDSA access token with sub, sid, token_use, iss, aud, iat, exp and a kid', async () => {
    const { email, password, user } = await registered();
    const session = await auth.client.Login({ email: email.toUpperCase(), password, client_ip: '' });
    expect(session.user_id).toBe(user.id);
    expect(session.expires_in).toBe(900);
    expect(session.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const jwks = await auth.client.GetJwks({});
    const { payload, protectedHeader } = await jwtVerify(
      session.access_token,
      createLocalJWKSet(JSON.parse(jwks.json) as JSONWebKeySet),
      { issuer: 'chat-auth', audience: 'chat', algorithms: ['EdDSA'] },
    );
    expect(protectedHeader.kid).toEqual(expect.any(String));
    expect(payload).toMatchObject({ sub: user.id, token_use: 'access', iss: 'chat-auth', aud: 'chat' });
    expect(payload.exp! - payload.iat!).toBe(900);
    const { rows } = await db.query('SELECT user_id, revoked_at FROM auth.sessions WHERE id = $1', [payload.sid]);
    expect(rows).toEqual([{ user_id: user.id, revoked_at: null }]);
  });

  it('stores only the sha256 of the refresh token', async () => {
    const { email, password } = await registered();
    const session = await auth.client.Login({ email, password, client_ip: '' });
    const { rows } = await db.query('SELECT token_hash FROM auth.refresh_tokens WHERE token_hash = encode(sha256($1::bytea), $2)', [
      session.refresh_token,
      'hex',
    ]);
    expect(rows).toHaveLength(1);
    const leaked = await db.query('SELECT 1 FROM auth.refresh_tokens WHERE token_hash = $1', [session.refresh_token]);
    expect(leaked.rows).toHaveLength(0);
  });

  it('answers a wrong password and an unknown email with the same UNAUTHENTICATED message', async () => {
    const { email } = await registered();
    const wrong = await auth.client.Login({ email, password: 'wrong password', client_ip: '' }).catch((e: unknown) => e);
    const unknown = await auth.client.Login({ email: 'nobody@example.com', password: 'wrong password', client_ip: '' }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: 'invalid email or password' });
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'invalid email or password' });
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const { email } = await registered();
    const time = async (e: string) => {
      const t = performance.now();
      await auth.client.Login({ email: e, password: 'wrong password', client_ip: '' }).catch(() => undefined);
      return performance.now() - t;
    };
    const known = Math.min(await time(email), await time(email));
    const unknown = Math.min(await time('ghost1@example.com'), await time('ghost2@example.com'));
    // Without the dummy hash an unknown email answers in ~1 ms instead of ~80.
    expect(unknown).toBeGreaterThan(known * 0.25);
  });

  it('refuses a blocked user with PERMISSION_DENIED "account blocked", and only with the right password', async () => {
    const { email, password, user } = await registered();
    await db.query('UPDATE auth.users SET blocked = true WHERE id = $1', [user.id]);
    await expect(auth.client.Login({ email, password, client_ip: '' })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'account blocked',
    });
    await expect(auth.client.Login({ email, password: 'wrong password', client_ip: '' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('Renew', () => {
  it('rotates the refresh token: the new one works, and the session keeps its user and id', async () => {
    const { email, password, user } = await registered();
    const first = await auth.client.Login({ email, password, client_ip: '' });
    const second = await auth.client.Renew({ refresh_token: first.refresh_token });
    expect(second.user_id).toBe(user.id);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const third = await auth.client.Renew({ refresh_token: second.refresh_token });
    expect(third.user_id).toBe(user.id);
    const sid = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string;
    expect(sid(third.access_token)).toBe(sid(first.access_token));
  });

  it('revokes the whole session when a used refresh token comes back: the newest one dies too', async () => {
    const { email, password } = await registered();
    const first = await auth.client.Login({ email, password, client_ip: '' });
    const second = await auth.client.Renew({ refresh_token: first.refresh_token });

    await expect(auth.client.Renew({ refresh_token: first.refresh_token })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'refresh token already used: session revoked, log in again',
    });
    await expect(auth.client.Renew({ refresh_token: second.refresh_token })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'session revoked, log in again',
    });
    const { rows } = await db.query('SELECT revoked_at FROM auth.sessions WHERE user_id = $1', [first.user_id]);
    expect(rows[0].revoked_at).toBeInstanceOf(Date);
  });

  it('lets only one of two simultaneous renewals of the same token through, and then revokes the session', async () => {
    const { email, password } = await registered();
    const first = await auth.client.Login({ email, password, client_ip: '' });
    const results = await Promise.allSettled([
      auth.client.Renew({ refresh_token: first.refresh_token }),
      auth.client.Renew({ refresh_token: first.refresh_token }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results.find((r) => r.status === 'fulfilled')!.value;
    await expect(auth.client.Renew({ refresh_token: winner.refresh_token })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an unknown refresh token, and an expired session', async () => {
    await expect(auth.client.Renew({ refresh_token: 'made-up' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'invalid refresh token',
    });
    const { email, password, user } = await registered();
    const session = await auth.client.Login({ email, password, client_ip: '' });
    await db.query(`UPDATE auth.sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    await expect(auth.client.Renew({ refresh_token: session.refresh_token })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'session expired, log in again',
    });
  });

  it('refuses a user blocked after logging in, however the block was made: blocking ends every session', async () => {
    const { email, password, user } = await registered();
    const session = await auth.client.Login({ email, password, client_ip: '' });
    await db.query('UPDATE auth.users SET blocked = true WHERE id = $1', [user.id]);
    await expect(auth.client.Renew({ refresh_token: session.refresh_token })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'session revoked, log in again',
    });
  });
});

describe('the absolute lifetime of a session (REFRESH_TOKEN_MAX_AGE)', () => {
  /** Moves the session's clock back, as if it had been opened `seconds` earlier. */
  const age = (sessionId: string, seconds: number) =>
    db.query(
      `UPDATE auth.sessions SET created_at = created_at - make_interval(secs => $2), expires_at = expires_at - make_interval(secs => $2) WHERE id = $1`,
      [sessionId, seconds],
    );
  const sid = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string;

  it('cannot be extended by renewing: near its end the renewed tokens end with it, and then it is over', async () => {
    const { email, password } = await registered();
    const first = await auth.client.Login({ email, password, client_ip: '' });
    const sessionId = sid(first.access_token);
    // A renewal early on slides the session forward by REFRESH_TOKEN_TTL (30 days), capped at the absolute end.
    await age(sessionId, MAX_AGE - 120);
    const renewed = await auth.client.Renew({ refresh_token: first.refresh_token });
    const { rows } = await db.query('SELECT expires_at, created_at + make_interval(secs => $2) AS absolute_end FROM auth.sessions WHERE id = $1', [sessionId, MAX_AGE]);
    expect(rows[0].expires_at).toEqual(rows[0].absolute_end);
    // The access token lives 15 minutes, but the session only 2 more: the token is cut to fit.
    expect(renewed.expires_in).toBeGreaterThan(100);
    expect(renewed.expires_in).toBeLessThanOrEqual(120);
    // Two minutes later, renewing again is refused however fresh the refresh token is.
    await age(sessionId, 121);
    await expect(auth.client.Renew({ refresh_token: renewed.refresh_token })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'session expired, log in again',
    });
  });

  it('leaves a young session sliding by REFRESH_TOKEN_TTL as before', async () => {
    const { email, password } = await registered();
    const first = await auth.client.Login({ email, password, client_ip: '' });
    const renewed = await auth.client.Renew({ refresh_token: first.refresh_token });
    expect(renewed.expires_in).toBe(900);
  });
});

describe('Logout', () => {
  const sid = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string;

  it('revokes the session so its refresh token stops working, and is idempotent', async () => {
    const { email, password, user } = await registered();
    const session = await auth.client.Login({ email, password, client_ip: '' });
    await auth.client.Logout({ user_id: user.id, session_id: sid(session.access_token) });
    await expect(auth.client.Renew({ refresh_token: session.refresh_token })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'session revoked, log in again',
    });
    await expect(auth.client.Logout({ user_id: user.id, session_id: sid(session.access_token) })).resolves.toEqual({});
  });

  it("leaves the user's other sessions alone and cannot end another user's session", async () => {
    const { email, password, user } = await registered();
    const phone = await auth.client.Login({ email, password, client_ip: '' });
    const laptop = await auth.client.Login({ email, password, client_ip: '' });
    const other = await registered();
    await expect(auth.client.Logout({ user_id: other.user.id, session_id: sid(phone.access_token) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await auth.client.Logout({ user_id: user.id, session_id: sid(phone.access_token) });
    await expect(auth.client.Renew({ refresh_token: laptop.refresh_token })).resolves.toMatchObject({ user_id: user.id });
  });
});

describe('failed-login limits', () => {
  it('refuses an account after 3 failures with RESOURCE_EXHAUSTED and a retry-after, even with the right password', async () => {
    const { email, password } = await registered();
    for (let i = 0; i < 3; i++) {
      await expect(auth.client.Login({ email, password: 'wrong password', client_ip: `10.0.0.${i}` })).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
    const refused = await auth.client.Login({ email, password, client_ip: '10.0.0.9' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'RESOURCE_EXHAUSTED', message: expect.stringMatching(/too many failed logins for this account/) });
    expect((refused as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    expect((refused as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(60);
  });

  it('refuses unknown emails the same way, so the limit does not reveal which accounts exist', async () => {
    for (let i = 0; i < 3; i++) {
      await auth.client.Login({ email: 'ghost@example.com', password: 'wrong password', client_ip: '' }).catch(() => undefined);
    }
    await expect(auth.client.Login({ email: 'ghost@example.com', password: 'wrong password', client_ip: '' })).rejects.toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
    });
  });

  it('refuses an address after 6 failures across accounts, while other addresses still log in', async () => {
    const target = await registered();
    for (let i = 0; i < 6; i++) {
      await auth.client.Login({ email: `spray${i}@example.com`, password: 'wrong password', client_ip: '192.0.2.7' }).catch(() => undefined);
    }
    await expect(auth.client.Login({ email: target.email, password: target.password, client_ip: '192.0.2.7' })).rejects.toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      message: expect.stringMatching(/too many failed logins from this address/),
    });
    await expect(auth.client.Login({ email: target.email, password: target.password, client_ip: '192.0.2.8' })).resolves.toMatchObject({
      user_id: target.user.id,
    });
  });

  it('does not count successful logins: an account logging in often is never refused', async () => {
    const { email, password } = await registered();
    for (let i = 0; i < 8; i++) await auth.client.Login({ email, password, client_ip: '198.51.100.1' });
    await auth.client.Login({ email, password: 'wrong password', client_ip: '198.51.100.1' }).catch(() => undefined);
    await expect(auth.client.Login({ email, password, client_ip: '198.51.100.1' })).resolves.toBeDefined();
  });
});
