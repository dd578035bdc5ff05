import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './trust-proxy.ts';

describe('parseTrustProxy', () => {
  it('trusts no one when unset, empty, false or 0', () => {
    for (const raw of [undefined, '', 'false', '0']) expect(parseTrustProxy(raw)).toBe(false);
  });

  it('takes a whole number as a hop count', () => {
    expect(parseTrustProxy('2')).toEqual({ hops: 2 });
  });

  it('takes addresses, CIDRs and range names, comma-separated', () => {
    expect(parseTrustProxy('10.0.0.1, 192.168.0.0/16,::1,fd00::/8,loopback')).toEqual(['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses "true": trusting every peer is what this setting exists to avoid', () => {
    expect(parseTrustProxy('true')).toMatch(/trusting every peer would let any client choose its own IP/);
  });

  it.each(['proxy.internal', '10.0.0.0/33', '10.0.0.300', '::1/129', '10.0.0.0/8/1', '10.0.0.1,', '-1'])('names the entry %j that is not an address or CIDR', (raw) => {
    expect(parseTrustProxy(raw)).toMatch(/is not an IP address, a CIDR/);
  });
});
