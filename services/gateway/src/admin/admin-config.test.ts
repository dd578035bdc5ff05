import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config.ts';

describe('the admin settings of the gateway config', () => {
  it("defaults MASTER_KEY to the tutorial's M4ST3RK3Y, with a warning saying so", () => {
    const config = loadGatewayConfig({});
    expect(config.admin.masterKey).toBe('M4ST3RK3Y');
    expect(config.warnings).toEqual([expect.stringContaining('MASTER_KEY is not set')]);
  });

  it('takes MASTER_KEY from the environment without a warning', () => {
    const config = loadGatewayConfig({ MASTER_KEY: 's3cret' });
    expect(config.admin.masterKey).toBe('s3cret');
    expect(config.warnings).toEqual([]);
  });

  it('refuses production without MASTER_KEY (an empty one is unset), naming the variable', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow('MASTER_KEY: required when NODE_ENV=production');
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', MASTER_KEY: '' })).toThrow('MASTER_KEY: required when NODE_ENV=production');
  });

  it('refuses in production the development default and any master key under 32 characters', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', MASTER_KEY: 'M4ST3RK3Y' })).toThrow(
      'MASTER_KEY: the development default M4ST3RK3Y is refused when NODE_ENV=production',
    );
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', MASTER_KEY: 's3cret' })).toThrow(
      'MASTER_KEY: must be at least 32 characters when NODE_ENV=production',
    );
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', MASTER_KEY: 'x'.repeat(31) })).toThrow(/MASTER_KEY: must be at least 32 characters/);
    const key = 'k9Vq2tR7wZpL4mX8nB3cF6hJ1sD5gA0e';
    expect(loadGatewayConfig({ NODE_ENV: 'production', MASTER_KEY: key }).admin.masterKey).toBe(key);
    // Outside production a short key is the operator's business.
    expect(loadGatewayConfig({ MASTER_KEY: 's3cret' }).admin.masterKey).toBe('s3cret');
  });

  it('limits wrong master keys to 20 per client IP in 15 minutes unless told otherwise, naming a bad value', () => {
    expect(loadGatewayConfig({}).admin.masterKeyLimit).toEqual({ maxFailures: 20, windowSeconds: 900 });
    expect(loadGatewayConfig({ GATEWAY_MASTER_KEY_MAX_FAILURES: '5', GATEWAY_MASTER_KEY_FAILURE_WINDOW: '60' }).admin.masterKeyLimit).toEqual({
      maxFailures: 5,
      windowSeconds: 60,
    });
    expect(() => loadGatewayConfig({ GATEWAY_MASTER_KEY_MAX_FAILURES: 'lots' })).toThrow(/GATEWAY_MASTER_KEY_MAX_FAILURES/);
  });

  it('names GATEWAY_TRUST_PROXY when it is "true" or not a list of addresses', () => {
    expect(() => loadGatewayConfig({ GATEWAY_TRUST_PROXY: 'true' })).toThrow(/^GATEWAY_TRUST_PROXY: trusting every peer/);
    expect(() => loadGatewayConfig({ GATEWAY_TRUST_PROXY: 'my-proxy' })).toThrow('GATEWAY_TRUST_PROXY: "my-proxy" is not an IP address');
    expect(loadGatewayConfig({ GATEWAY_TRUST_PROXY: '10.0.0.0/8' }).http.trustProxy).toEqual(['10.0.0.0/8']);
    expect(loadGatewayConfig({}).http.trustProxy).toBe(false);
  });

  it('looks for the panel build in packages/admin-panel/dist unless ADMIN_PANEL_DIR says otherwise', () => {
    expect(loadGatewayConfig({}).admin.panelDir).toMatch(/packages\/admin-panel\/dist$/);
    expect(loadGatewayConfig({ ADMIN_PANEL_DIR: '/srv/panel' }).admin.panelDir).toBe('/srv/panel');
  });
});
