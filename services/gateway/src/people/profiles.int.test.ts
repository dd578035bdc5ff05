import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthConfig, start as startAuth, type AuthHandle } from '@chat/auth';
import { createAuthClient, type AuthClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { profilesOf } from './profiles.ts';

let env: TestEnv;
let auth: AuthHandle;
let client: AuthClient;

beforeAll(async () => {
  env = await createTestEnv();
  auth = await startAuth(loadAuthConfig({ ...env.env, AUTH_GRPC_PORT: '0' }));
  client = createAuthClient(`127.0.0.1:${auth.grpcPort}`);
});

afterAll(async () => {
  client?.close();
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
