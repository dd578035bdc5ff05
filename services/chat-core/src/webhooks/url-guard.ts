import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { invalid } from '@chat/common';

/**
 * Refuses webhook URLs that reach this network instead of the internet
 * (loopback, private, link-local, carrier-grade NAT, unique-local, ...):
 * a webhook would otherwise let an admin session probe internal services.
 * Checked when an endpoint is registered and again before each delivery,
 * as DNS may answer differently later. `allowPrivate` (WEBHOOK_ALLOW_PRIVATE)
 * lifts it for tests and closed networks.
 */
export async function assertPublicUrl(raw: string, allowPrivate: boolean): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('url: not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('url: must be http or https');
  if (url.username || url.password) throw invalid('url: must not carry credentials');
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw invalid(`url: ${host} does not resolve`);
  for (const address of addresses) {
    const parsed = ipaddr.process(address);
    if (parsed.range() !== 'unicast') {
      throw invalid(`url: ${host} is a ${parsed.range()} address (${address}); set WEBHOOK_ALLOW_PRIVATE=true to allow it`);
    }
  }
}
