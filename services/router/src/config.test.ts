import { describe, expect, it } from 'vitest';
import { ConfigError } from '@chat/common';
import { loadRouterConfig } from './config.ts';

describe('loadRouterConfig', () => {
  it('defaults to the tutorial: port 3001 on every interface, any origin, websocket and polling, 128 KiB packets', () => {
    const config = loadRouterConfig({});
    expect(config.http).toEqual({ host: '0.0.0.0', port: 3001 });
    expect(config.socket).toEqual({ maxBufferBytes: 128 * 1024, corsOrigin: true, transports: ['websocket', 'polling'] });
    expect(config.tokenExpiryGraceMs).toBe(30_000);
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'chat' });
  });

  it('reads lists of origins and transports', () => {
    const config = loadRouterConfig({ SOCKET_CORS_ORIGIN: 'https://a.example, https://b.example', SOCKET_TRANSPORTS: 'websocket' });
    expect(config.socket.corsOrigin).toEqual(['https://a.example', 'https://b.example']);
    expect(config.socket.transports).toEqual(['websocket']);
  });

  it('takes SOCKET_MAX_BUFFER_BYTES, and any origin in production only when told so', () => {
    expect(loadRouterConfig({ SOCKET_MAX_BUFFER_BYTES: '65536' }).socket.maxBufferBytes).toBe(65536);
    const production = { NODE_ENV: 'production' };
    expect(loadRouterConfig({ ...production, SOCKET_CORS_ORIGIN: '*' }).socket.corsOrigin).toBe(true);
    expect(loadRouterConfig({ ...production, SOCKET_CORS_ORIGIN: 'https://chat.example' }).socket.corsOrigin).toEqual(['https://chat.example']);
  });

  it.each([
    [{ NODE_ENV: 'production' }, 'SOCKET_CORS_ORIGIN: required when NODE_ENV=production'],
    [{ CLIENT_SOCKET_PORT: 'x' }, 'CLIENT_SOCKET_PORT'],
    [{ SOCKET_TRANSPORTS: 'carrier-pigeon' }, 'SOCKET_TRANSPORTS'],
    [{ SOCKET_CORS_ORIGIN: ' , ' }, 'SOCKET_CORS_ORIGIN'],
    [{ TOKEN_EXPIRY_GRACE_MS: '0' }, 'TOKEN_EXPIRY_GRACE_MS'],
  ])('stops on %j, naming the variable', (env, name) => {
    expect(() => loadRouterConfig(env)).toThrow(ConfigError);
    expect(() => loadRouterConfig(env)).toThrow(name);
  });
});
