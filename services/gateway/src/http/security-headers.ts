import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * helmet's headers on every answer (nosniff, no-referrer, HSTS, frame and
 * cross-origin policies, …), with a Content-Security-Policy for an API:
 * its answers are JSON, never a page, so they may load nothing and be
 * framed by no one.
 */
export const API_HELMET: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  frameguard: { action: 'deny' },
};

/**
 * The admin panel's pages: its own files only (scripts, styles, API calls),
 * no plugins, no <base> to redirect relative URLs, and no framing, since
 * the page holds an admin session. Images may also be `data:` URLs: the
 * panel's icons and spinners are inline SVG in its stylesheet and its
 * favicon is `data:,` (Chromium blocked all of them without it); an image
 * runs no script, so this opens nothing to injection.
 */
export const PANEL_CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The same essentials for the few answers written before any hook runs
 * (a URL that cannot be decoded, a request Node's parser refuses).
 */
export const BASIC_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};
