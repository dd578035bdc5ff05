import { createHmac, randomBytes } from 'node:crypto';

/** A new endpoint secret: 32 random bytes, base64url. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: what a receiver recomputes to check a delivery. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * The X-Chat-Signature header: the current secret's signature and, during a
 * rotation's overlap, the previous secret's too (comma-separated), so a
 * receiver that still holds the old secret keeps accepting deliveries.
 */
export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return secrets.map((secret) => signature(secret, timestamp, body)).join(', ');
}
