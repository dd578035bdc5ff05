import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestAuth, type TestAuth } from '@chat/testing/auth/test-auth.ts';
import { profilesOf } from './profiles.ts';

let env: TestEnv;
let auth: TestAuth;
let client: AuthClient;

beforeAll(async () => {
  env = await createTestEnv();
  auth = await startTestAuth(env);
  client = auth.client;
});

afterAll(async () => {
  await auth?.close();
  await env?.cleanup();
});

describe('profilesOf', () => {
  it('names the people of a page naming more ids than one GetUsers call takes, unknown ones as a deleted user', async () => {
    const ann = await client.Register({ email: 'ann@profiles.test', password: 'correct horse battery staple' });
    const ids = [...Array.from({ length: 2500 }, () => randomUUID()), ann.id];
    const profile = await profilesOf(client, ids);
    expect(profile(ann.id)).toEqual({ _id: ann.id, displayName: 'ann', avatarUrl: null });
    expect(profile(ids[1234]!)).toEqual({ _id: ids[1234], displayName: 'Deleted user', avatarUrl: null });
  });
});
