import { ApiError, type ApiOptions, type PageQuery } from './types.ts';

export type Query = Record<string, string | number | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Login carries its own master key and no session yet. */
  headers?: Record<string, string>;
  session?: boolean;
}

/** One call of the admin API, with the session's credentials; a 401 also tells `onUnauthorized`. */
export type Request = <T>(method: string, path: string, opts?: RequestOptions) => Promise<T>;

/** Sequence numbers are int64 on the gRPC side, so the gateway may send them as strings. */
export type WireNumbers<T> = { [K in keyof T]: T[K] extends number ? number | string : T[K] };

export function createRequest(options: ApiOptions): Request {
  const baseUrl = options.baseUrl ?? '';
  return async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
    const useSession = opts.session !== false;
    if (useSession) {
      const session = options.getSession();
      if (!session) {
        const message = 'Please log in.';
        options.onUnauthorized(message);
        throw new ApiError(401, 'UNAUTHENTICATED', message);
      }
      headers.masterkey = session.masterKey;
      headers.authorization = `Bearer ${session.token}`;
    }
    if (opts.body !== undefined) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await fetch(baseUrl + path + queryString(opts.query), {
        method,
        headers,
        body: opts.body === undefined ? null : JSON.stringify(opts.body),
      });
    } catch (error) {
      throw new ApiError(0, 'NETWORK', `Cannot reach the server (${(error as Error).message}).`);
    }

    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = errorFromBody(response, body);
      if (response.status === 401 && useSession) options.onUnauthorized(error.message);
      throw error;
    }
    return body as T;
  };
}

function errorFromBody(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : `The server answered ${response.status} ${response.statusText}`.trim() + '.';
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  return new ApiError(response.status, code, message);
}

export function pageQuery({ search, skip, limit }: PageQuery): Query {
  return { search: search?.trim() || undefined, skip, limit };
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function enc(id: string): string {
  return encodeURIComponent(id);
}
