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
    expect(loadGatewayConfig({ NODE_ENV: 'production', MASTER_KEY: 's3cret' }).admin.masterKey).toBe('s3cret');
  });

  it('looks for the panel build in packages/admin-panel/dist unless ADMIN_PANEL_DIR says otherwise', () => {
    expect(loadGatewayConfig({}).admin.panelDir).toMatch(/packages\/admin-panel\/dist$/);
    expect(loadGatewayConfig({ ADMIN_PANEL_DIR: '/srv/panel' }).admin.panelDir).toBe('/srv/panel');
  });
});
