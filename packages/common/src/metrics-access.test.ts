import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { internalMetricsAccess, publicMetricsAccess } from './metrics-access.ts';
import { startMetricsServer } from './metrics.ts';

const TOKEN = 'metrics-token-0123456789';

describe('who may read /metrics', () => {
  const servers: { close(): Promise<void> }[] = [];
  afterAll(async () => Promise.all(servers.map((s) => s.close())));

  async function serve(access: ReturnType<typeof publicMetricsAccess>) {
    const server = await startMetricsServer('127.0.0.1', 0, access);
    servers.push(server);
    return (headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${server.port}/metrics`, { headers });
  }

  it('in development anyone on the port reads it, with no credentials', async () => {
    const get = await serve(publicMetricsAccess('development', undefined));
    const res = await get();
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('# HELP');
  });

  it('with METRICS_TOKEN set, only a request bearing it does', async () => {
    const get = await serve(publicMetricsAccess('production', TOKEN));
    const refused = await get();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Bearer');
    expect(await refused.text()).not.toContain(TOKEN);
    expect((await get({ authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    expect((await get({ authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('a public port in production without METRICS_TOKEN does not serve it at all', async () => {
    const get = await serve(publicMetricsAccess('production', undefined));
    const res = await get();
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('METRICS_TOKEN');
  });

  it('a metrics-only port in production listens on all addresses only with METRICS_TOKEN', () => {
    expect(() => internalMetricsAccess('CHAT_METRICS_HOST', '0.0.0.0', 'production', undefined)).toThrow(ConfigError);
    expect(() => internalMetricsAccess('CHAT_METRICS_HOST', '0.0.0.0', 'production', undefined)).toThrow(/CHAT_METRICS_HOST/);
    expect(internalMetricsAccess('CHAT_METRICS_HOST', '0.0.0.0', 'production', TOKEN)).toEqual({ token: TOKEN, served: true });
    expect(internalMetricsAccess('CHAT_METRICS_HOST', '10.0.0.5', 'production', undefined)).toEqual({ token: undefined, served: true });
    expect(internalMetricsAccess('CHAT_METRICS_HOST', '0.0.0.0', 'development', undefined)).toEqual({ token: undefined, served: true });
  });
});
