import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, type JSONWebKeySet } from 'jose';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { loadAuthConfig } from '../config.ts';
import { start } from '../start.ts';
import { startTestAuth } from '@chat/testing/auth/test-auth.ts';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
});

afterAll(async () => {
  await env?.cleanup();
});

async function countKeys(): Promise<number> {
  const db = new pg.Client({ connectionString: env.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM auth.signing_keys');
    return Number(rows[0]!.n);
  } finally {
    await db.end();
  }
}

describe('signing keys', () => {
  it('generates one key for replicas starting together and keeps it across restarts', async () => {
    const [a, b] = await Promise.all([startTestAuth(env), startTestAuth(env)]);
    let token: string;
    try {
      const [jwksA, jwksB] = await Promise.all([a.client.GetJwks({}), b.client.GetJwks({})]);
      expect(jwksA).toEqual(jwksB);
      expect(JSON.parse(jwksA.json).keys).toHaveLength(1);
      expect(await countKeys()).toBe(1);
      await a.client.Register({ email: 'keys@example.com', password: 'correct horse' });
      token = (await a.client.Login({ email: 'keys@example.com', password: 'correct horse', client_ip: '' })).access_token;
    } finally {
      await Promise.all([a.close(), b.close()]);
    }

    const restarted = await startTestAuth(env);
    try {
      const jwks = await restarted.client.GetJwks({});
      await expect(
        jwtVerify(token, createLocalJWKSet(JSON.parse(jwks.json) as JSONWebKeySet), { issuer: jwks.issuer, audience: jwks.audience }),
      ).resolves.toBeDefined();
      expect(await countKeys()).toBe(1);
    } finally {
      await restarted.close();
    }
  });

  it('serves only public key material', async () => {
    const auth = await startTestAuth(env);
    try {
      const { json, issuer, audience } = await auth.client.GetJwks({});
      const { keys } = JSON.parse(json) as { keys: Record<string, unknown>[] };
      expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) });
      expect(keys[0]).not.toHaveProperty('d');
      expect({ issuer, audience }).toEqual({ issuer: 'chat-auth', audience: 'chat' });
    } finally {
      await auth.close();
    }
  });

  it('signs with AUTH_SIGNING_KEY when it is set, under its kid, with the configured issuer and audience', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: 'operator-key-1' };
    const auth = await startTestAuth(env, { AUTH_SIGNING_KEY: JSON.stringify(jwk), JWT_ISSUER: 'me', JWT_AUDIENCE: 'them' });
    try {
      const jwks = await auth.client.GetJwks({});
      expect(JSON.parse(jwks.json).keys.map((k: { kid: string }) => k.kid)).toEqual(['operator-key-1']);
      await auth.client.Register({ email: 'operator@example.com', password: 'correct horse' });
      const session = await auth.client.Login({ email: 'operator@example.com', password: 'correct horse', client_ip: '' });
      const { protectedHeader, payload } = await jwtVerify(session.access_token, createLocalJWKSet(JSON.parse(jwks.json)), {
        issuer: 'me',
        audience: 'them',
      });
      expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: 'operator-key-1' });
      expect(payload.sub).toBe(session.user_id);
    } finally {
      await auth.close();
    }
  });

  it('refuses to start with a signing key whose public part belongs to another key', async () => {
    const one = await exportJWK((await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })).privateKey);
    const two = await exportJWK((await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })).privateKey);
    const config = loadAuthConfig({ ...env.env, AUTH_GRPC_PORT: '0', AUTH_SIGNING_KEY: JSON.stringify({ ...one, x: two.x }) });
    await expect(start(config)).rejects.toThrow(/AUTH_SIGNING_KEY: not a usable Ed25519 private key/);
  });
});

describe('Health', () => {
  it('reports SERVING with postgres and redis ok', async () => {
    const auth = await startTestAuth(env);
    try {
      await expect(auth.client.Health({})).resolves.toEqual({ status: 'SERVING', checks: { postgres: 'ok', redis: 'ok' } });
    } finally {
      await auth.close();
    }
  });
});
