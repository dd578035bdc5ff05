/**
 * The token from an Authorization header value. The tutorial writes it as
 * `Bearer "token" ` (quoted, trailing space), Postman users often paste the
 * bare token: all of these are accepted.
 */
export function parseBearer(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  let value = header.trim();
  // "Bearer " with nothing after it trims to "Bearer": no token, not a token named Bearer.
  if (/^bearer(\s|$)/i.test(value)) value = value.slice(6).trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).trim();
  return value === '' ? undefined : value;
}
