// The admin API as an operator calls it (docs/ADMIN_API.md): the master key
// and an admin session, here the development defaults the bench's stack runs
// with unless MASTER_KEY, ADMIN_EMAIL and ADMIN_PASSWORD are set.
export interface AdminApi {
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function adminApi(gatewayUrl: string): Promise<AdminApi> {
  const masterKey = process.env.MASTER_KEY || 'M4ST3RK3Y';
  const email = process.env.ADMIN_EMAIL || 'admin@example.com';
  const password = process.env.ADMIN_PASSWORD || 'admin';
  const request = async <T>(method: string, path: string, body: unknown, token?: string): Promise<T> => {
    const res = await fetch(`${gatewayUrl}/admin${path}`, {
      method,
      headers: {
        masterkey: masterKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} /admin${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const { token } = await request<{ token: string }>('POST', '/login', { email, password });
  return { call: (method, path, body) => request(method, path, body, token) };
}
