import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config.ts';

const PRODUCTION = { NODE_ENV: 'production', MASTER_KEY: 'k'.repeat(40) };

describe('the metrics settings of the gateway config', () => {
  it('serves /metrics openly in development, bearer-only with METRICS_TOKEN, not at all in production without it', () => {
    expect(loadGatewayConfig({}).metrics).toEqual({ token: undefined, served: true });
    expect(loadGatewayConfig({ ...PRODUCTION, METRICS_TOKEN: 'metrics-token-0123456789' }).metrics).toEqual({ token: 'metrics-token-0123456789', served: true });
    expect(loadGatewayConfig(PRODUCTION).metrics).toEqual({ token: undefined, served: false });
  });

  it('refuses a METRICS_TOKEN under 16 characters, naming the variable', () => {
    expect(() => loadGatewayConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
  });

  it('reads GATEWAY_ADMIN_METRICS_TARGETS as a list of URLs, and refuses one that is not http(s), naming it', () => {
    expect(loadGatewayConfig({}).admin.metricsTargets).toEqual([]);
    expect(loadGatewayConfig({ GATEWAY_ADMIN_METRICS_TARGETS: ' http://router-1:3001/metrics, https://core:9102/metrics ,' }).admin.metricsTargets).toEqual([
      'http://router-1:3001/metrics',
      'https://core:9102/metrics',
    ]);
    expect(() => loadGatewayConfig({ GATEWAY_ADMIN_METRICS_TARGETS: 'router-1:3001' })).toThrow(/GATEWAY_ADMIN_METRICS_TARGETS: "router-1:3001" is not an http\(s\) URL/);
  });
});
