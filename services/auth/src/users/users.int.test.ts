import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestAuth, type TestAuth } from '@chat/testing/auth/test-auth.ts';

let env: TestEnv;
let auth: TestAuth;

beforeAll(async () => {
  env = await createTestEnv();
  auth = await startTestAuth(env);
});

afterAll(async () => {
  await auth?.close();
  await env?.cleanup();
});

describe('Register', () => {
  it('stores the user with a normalised email and an argon2id hash, never the password', async () => {
    const user = await auth.client.Register({ email: '  Reg@Example.COM ', password: 'correct horse' });
    expect(user).toMatchObject({ email: 'reg@example.com', blocked: false });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(user.created_at).toISOString()).toBe(user.created_at);

    const db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT email, password_hash FROM auth.users WHERE id = $1', [user.id]);
      expect(rows[0].email).toBe('reg@example.com');
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
      expect(rows[0].password_hash).not.toContain('correct horse');
    } finally {
      await db.end();
    }
  });

  it('refuses an email already registered, whatever its case', async () => {
    await auth.client.Register({ email: 'dup@example.com', password: 'correct horse' });
    await expect(auth.client.Register({ email: 'DUP@example.com', password: 'another one' })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: 'email is already registered',
    });
  });

  it('refuses a malformed email and a password outside 8..128 characters, saying which', async () => {
    await expect(auth.client.Register({ email: 'not-an-email', password: 'correct horse' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'email is not a valid address',
    });
    await expect(auth.client.Register({ email: 'short@example.com', password: 'short' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'password must be 8 to 128 characters long',
    });
    await expect(auth.client.Register({ email: 'long@example.com', password: 'x'.repeat(129) })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'password must be 8 to 128 characters long',
    });
  });

  it('refuses one of the most common passwords, saying why, and stores nothing', async () => {
    for (const password of ['password1', 'Qwertyuiop', '123456789']) {
      await expect(auth.client.Register({ email: 'common@example.com', password })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: 'password is one of the 10,000 most common passwords, which are guessed first: choose another',
      });
    }
    // The address is still free: nothing was stored.
    await expect(auth.client.Register({ email: 'common@example.com', password: 'an uncommon one' })).resolves.toMatchObject({ email: 'common@example.com' });
  });
});

describe('GetUser and GetUsers', () => {
  it('GetUser returns the user, and NOT_FOUND for an unknown or malformed id', async () => {
    const user = await auth.client.Register({ email: 'get@example.com', password: 'correct horse' });
    await expect(auth.client.GetUser({ id: user.id })).resolves.toEqual(user);
    await expect(auth.client.GetUser({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(auth.client.GetUser({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('GetUsers returns the users that exist and skips unknown and malformed ids', async () => {
    const a = await auth.client.Register({ email: 'many-a@example.com', password: 'correct horse' });
    const b = await auth.client.Register({ email: 'many-b@example.com', password: 'correct horse' });
    const { users } = await auth.client.GetUsers({
      ids: [a.id, 'nope', b.id.toUpperCase(), '00000000-0000-4000-8000-000000000000', a.id],
    });
    expect(users.map((u) => u.id).sort()).toEqual([a.id, b.id].sort());
    await expect(auth.client.GetUsers({ ids: [] })).resolves.toEqual({ users: [] });
  });
});
