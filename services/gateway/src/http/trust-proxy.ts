import { isIP } from 'node:net';

/**
 * Which peers may tell the gateway who the client is (X-Forwarded-For): the
 * client IP drives the per-IP limits (failed logins, registrations, wrong
 * master keys), so trusting every peer would let anyone pick a fresh IP per
 * request and escape them all.
 */
export type TrustProxy = false | { hops: number } | string[];

/** proxy-addr's names for whole ranges, accepted beside addresses and CIDRs. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/**
 * GATEWAY_TRUST_PROXY: unset or `false` trusts no one; a whole number of
 * hops trusts that many nearest proxies; otherwise a comma-separated list of
 * proxy addresses, CIDRs or the names loopback, linklocal, uniquelocal.
 * Returns an error message for anything else, `true` included.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | string {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^(true|yes)$/i.test(value)) {
    return 'trusting every peer would let any client choose its own IP for the rate limits: give the proxies\' addresses or CIDRs (e.g. 10.0.0.0/8), or the number of proxies in front';
  }
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isAddressOrCidr(e));
  if (bad !== undefined) return `${JSON.stringify(bad)} is not an IP address, a CIDR (10.0.0.0/8) or loopback/linklocal/uniquelocal`;
  return entries;
}

/**
 * In Fastify's terms. Fastify 5 ignores a bare hop count (it cannot tell
 * whether the nearest peer is a proxy at all), so hops are a trust function:
 * the `hops` nearest addresses are taken as proxies, whoever they are.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false || Array.isArray(trust)) return trust;
  return (_address, hop) => hop < trust.hops;
}
