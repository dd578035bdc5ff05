import type { FastifyInstance, InjectOptions } from 'fastify';

/** What the admin tests configure: their own master key and first admin. */
export const ADMIN_ENV = {
  MASTER_KEY: 'test-master-key',
  ADMIN_EMAIL: 'root@example.com',
  ADMIN_PASSWORD: 'root password',
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface AdminRequest {
  payload?: unknown;
  /** Defaults to the configured master key; null sends none. */
  masterKey?: string | null;
  /** Defaults to the logged-in admin's token; null sends none. */
  token?: string | null;
}

/** Admin API calls as the panel makes them, through `app.inject()`. */
export function adminTestClient(app: FastifyInstance) {
  let adminToken: string | undefined;

  function request(method: Method, url: string, { payload, masterKey = ADMIN_ENV.MASTER_KEY, token = adminToken }: AdminRequest = {}) {
    const headers: Record<string, string> = {};
    if (masterKey !== null) headers.masterkey = masterKey;
    if (token) headers.authorization = `Bearer ${token}`;
    const options: InjectOptions = { method, url, headers };
    if (payload !== undefined) options.payload = payload as object;
    return app.inject(options);
  }

  async function login(): Promise<string> {
    const res = await request('POST', '/admin/login', { payload: { email: ADMIN_ENV.ADMIN_EMAIL, password: ADMIN_ENV.ADMIN_PASSWORD }, token: null });
    if (res.statusCode !== 200) throw new Error(`admin login answered ${res.statusCode}: ${res.body}`);
    adminToken = res.json().token as string;
    return adminToken;
  }

  return { request, login };
}

export type AdminTestClient = ReturnType<typeof adminTestClient>;
