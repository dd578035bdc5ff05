import type { FastifyInstance } from 'fastify';

export interface LoggedInUser {
  email: string;
  password: string;
  id: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
}

/**
 * Requests as the tutorial's clients make them, through `app.inject()`.
 * Every request comes from a new client address unless one is given, so
 * the per-IP limits one test provokes do not reach the next.
 */
export function httpTestClient(app: FastifyInstance) {
  let clients = 0;
  let users = 0;
  const nextIp = () => `10.20.${Math.floor(++clients / 250)}.${(clients % 250) + 1}`;

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}, remoteAddress = nextIp()) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers, remoteAddress });

  const whoAmI = (authorization?: string, extra: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/authentication/user', headers: { ...(authorization ? { authorization } : {}), ...extra } });

  async function registered(): Promise<{ email: string; password: string; id: string }> {
    const email = `user${++users}@example.com`;
    const password = 'correct horse';
    const res = await post('/authentication/local/new', { email, password });
    if (res.statusCode !== 200) throw new Error(`register answered ${res.statusCode}: ${res.body}`);
    return { email, password, id: res.json().user._id as string };
  }

  async function loggedIn(): Promise<LoggedInUser> {
    const user = await registered();
    const res = await post('/authentication/local', { email: user.email, password: user.password });
    if (res.statusCode !== 200) throw new Error(`login answered ${res.statusCode}: ${res.body}`);
    return { ...user, ...(res.json() as { userId: string; accessToken: string; refreshToken: string }) };
  }

  return { nextIp, post, whoAmI, registered, loggedIn };
}

export type HttpTestClient = ReturnType<typeof httpTestClient>;
