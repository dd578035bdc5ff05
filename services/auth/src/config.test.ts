import { describe, expect, it } from 'vitest';
import { loadAuthConfig } from './config.ts';

const privateJwk = {
  kty: 'OKP',
  crv: 'Ed25519',
  x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
  d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
};

const admin = { ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'long enough secret' };

describe('loadAuthConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadAuthConfig({});
    expect(config.grpc).toEqual({ host: '127.0.0.1', port: 50051 });
    expect(config.tokens).toMatchObject({
      issuer: 'chat-auth',
      audience: 'chat',
      accessTtlSeconds: 900,
      refreshTtlSeconds: 30 * 24 * 3600,
      refreshMaxAgeSeconds: 90 * 24 * 3600,
      signingKey: undefined,
    });
  });

  it('takes REFRESH_TOKEN_MAX_AGE, the absolute lifetime of a session, naming it when bad', () => {
    expect(loadAuthConfig({ REFRESH_TOKEN_MAX_AGE: '86400' }).tokens.refreshMaxAgeSeconds).toBe(86400);
    expect(() => loadAuthConfig({ REFRESH_TOKEN_MAX_AGE: '0' })).toThrow(/REFRESH_TOKEN_MAX_AGE/);
  });

  it('keeps admin sessions to an hour at most: ADMIN_TOKEN_TTL over 3600 is refused, naming it', () => {
    expect(loadAuthConfig({ ADMIN_TOKEN_TTL: '600' }).admin.tokenTtlSeconds).toBe(600);
    expect(() => loadAuthConfig({ ADMIN_TOKEN_TTL: String(8 * 3600) })).toThrow(
      'ADMIN_TOKEN_TTL: must be at most 3600 seconds (an admin session lives at most an hour)',
    );
  });

  it('refuses production without AUTH_SIGNING_KEY, naming the variable', () => {
    expect(() => loadAuthConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SIGNING_KEY: required when NODE_ENV=production/);
  });

  it('accepts a private Ed25519 JWK in production', () => {
    const config = loadAuthConfig({ NODE_ENV: 'production', AUTH_SIGNING_KEY: JSON.stringify(privateJwk), ...admin });
    expect(config.tokens.signingKey).toMatchObject(privateJwk);
  });

  it('treats an empty AUTH_SIGNING_KEY (docker compose passing an unset secret) as unset', () => {
    expect(loadAuthConfig({ AUTH_SIGNING_KEY: '' }).tokens.signingKey).toBeUndefined();
  });

  it('names AUTH_SIGNING_KEY when it is not JSON, not Ed25519 or not private', () => {
    expect(() => loadAuthConfig({ AUTH_SIGNING_KEY: 'secret' })).toThrow(/AUTH_SIGNING_KEY: must be a JSON Web Key/);
    expect(() => loadAuthConfig({ AUTH_SIGNING_KEY: JSON.stringify({ ...privateJwk, crv: 'P-256' }) })).toThrow(/AUTH_SIGNING_KEY.*Ed25519/);
    const { d: _d, ...publicOnly } = privateJwk;
    expect(() => loadAuthConfig({ AUTH_SIGNING_KEY: JSON.stringify(publicOnly) })).toThrow(/AUTH_SIGNING_KEY.*private JWK/);
  });

  it('names the login limit variable holding a bad value', () => {
    expect(() => loadAuthConfig({ AUTH_LOGIN_MAX_FAILURES_PER_IP: 'many' })).toThrow(/AUTH_LOGIN_MAX_FAILURES_PER_IP/);
  });

  it('falls back to the local admin admin@example.com / admin, saying which variables are unset', () => {
    expect(loadAuthConfig({}).admin).toEqual({ email: 'admin@example.com', password: 'admin', tokenTtlSeconds: 3600, defaulted: ['ADMIN_EMAIL', 'ADMIN_PASSWORD'] });
    expect(loadAuthConfig({ ADMIN_EMAIL: '', ADMIN_PASSWORD: 'x' }).admin).toMatchObject({ email: 'admin@example.com', defaulted: ['ADMIN_EMAIL'] });
    expect(loadAuthConfig(admin).admin).toMatchObject({ email: 'ops@example.com', password: 'long enough secret', defaulted: [] });
  });

  it('refuses production without ADMIN_EMAIL or ADMIN_PASSWORD (an empty one is unset), naming the variable', () => {
    const prod = { NODE_ENV: 'production', AUTH_SIGNING_KEY: JSON.stringify(privateJwk) };
    expect(() => loadAuthConfig({ ...prod, ADMIN_PASSWORD: admin.ADMIN_PASSWORD })).toThrow('ADMIN_EMAIL: required when NODE_ENV=production');
    expect(() => loadAuthConfig({ ...prod, ADMIN_EMAIL: admin.ADMIN_EMAIL, ADMIN_PASSWORD: '' })).toThrow(
      'ADMIN_PASSWORD: required when NODE_ENV=production',
    );
    expect(() => loadAuthConfig({ ...prod, ADMIN_EMAIL: admin.ADMIN_EMAIL, ADMIN_PASSWORD: 'admin' })).toThrow(
      'ADMIN_PASSWORD: must be at least 8 characters when NODE_ENV=production',
    );
  });

  it('names ADMIN_EMAIL when it is not an address', () => {
    expect(() => loadAuthConfig({ ADMIN_EMAIL: 'root' })).toThrow(/ADMIN_EMAIL: must be an email address/);
  });
});
