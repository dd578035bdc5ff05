import createClient, { type Client } from 'openapi-fetch';
import type { AuthSession } from './auth-session.ts';
import { ChatError, isWireError } from './errors.ts';
import type { paths } from './generated/openapi.ts';

export type ChatHttp = Client<paths>;

/** Routes that take no access token: sending one there would only leak it. */
const PUBLIC_PATHS = ['/authentication/local', '/authentication/local/new', '/authentication/renew'];

/**
 * The typed HTTP client (openapi-fetch over the types generated from the
 * gateway's OpenAPI description): every route's path, parameters, body and
 * answer are checked at compile time. Each request carries the session's
 * access token; one refused with 401 is renewed once and sent again, so an
 * access token that expired between two calls costs the app nothing.
 */
export function createHttp(baseUrl: string, session: () => AuthSession, fetchImpl: typeof fetch = globalThis.fetch): ChatHttp {
  const send = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    if (PUBLIC_PATHS.includes(path) || request.headers.has('authorization') || !session().current) return fetchImpl(request);
    const again = request.clone();
    const token = await session().accessToken();
    request.headers.set('authorization', `Bearer ${token}`);
    const response = await fetchImpl(request);
    if (response.status !== 401) return response;
    const fresh = await session().renew(token).catch(() => undefined);
    if (fresh === undefined) return response;
    again.headers.set('authorization', `Bearer ${fresh}`);
    return fetchImpl(again);
  };
  return createClient<paths>({ baseUrl: baseUrl.replace(/\/$/, ''), fetch: send });
}

/** An openapi-fetch answer's data, or the ChatError its `{error}` body names. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  if (isWireError(error)) {
    const retryAfter = Number(response.headers.get('retry-after')) || error.error.retryAfter;
    throw new ChatError(error.error.code, error.error.message, response.status, retryAfter);
  }
  throw new ChatError(response.status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT', `HTTP ${response.status}`, response.status);
}
