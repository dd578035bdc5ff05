import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { connect, type TestSocket } from '@chat/testing/router/test-sockets.ts';
import { newSigningKey } from './support/forged-tokens.ts';
import { startChatProcesses, type ChatStackPorts, type ProcessStack } from '@chat/testing/process-stack.ts';

/**
 * A whole session of use, against the four services as real processes at
 * LOG_LEVEL=debug, then every line they printed is searched for the
 * secrets that went through them: passwords (right and wrong), access,
 * refresh and admin tokens (whole, and their signatures alone), the master
 * key (right and wrong) and the signing key's private part.
 */

const secret = (label: string) => `${label}-${randomBytes(12).toString('base64url')}`;
const signing = newSigningKey('logs-test-key');
const ADMIN = { MASTER_KEY: secret('master'), ADMIN_EMAIL: 'root@logs.test', ADMIN_PASSWORD: secret('admin-password') };

let env: TestEnv;
let stack: ProcessStack;
let ports: ChatStackPorts;
const secrets = new Map<string, string>();
const keep = (label: string, value: string) => {
  secrets.set(label, value);
  // A JWT's signature is what makes it usable: it must not appear even when the rest is cut off.
  const parts = value.split('.');
  if (parts.length === 3 && parts[2]) secrets.set(`${label} (signature)`, parts[2]);
  return value;
};

beforeAll(async () => {
  env = await createTestEnv();
  // Two failures per email, then lockout: the lockout's security event is reached in three tries.
  ({ stack, ports } = await startChatProcesses({ ...env.env, LOG_LEVEL: 'debug', ...ADMIN, AUTH_SIGNING_KEY: signing.env, AUTH_LOGIN_MAX_FAILURES_PER_EMAIL: '2' }));
  keep('master key', ADMIN.MASTER_KEY);
  keep('admin password', ADMIN.ADMIN_PASSWORD);
  keep('signing key (private d)', (JSON.parse(signing.env) as { d: string }).d);
}, 180_000);

afterAll(async () => {
  await stack?.stopAll();
  await env?.cleanup();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${ports.gateway}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

describe('secrets in logs', () => {
  const sockets: TestSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  it('never prints a password, token, master key or private key, through a whole session at debug level', async () => {
    const password = keep('password', secret('password'));
    const other = keep('second password', secret('password'));
    const wrong = keep('wrong password', secret('wrong'));
    expect((await call('POST', '/authentication/local/new', { email: 'ann@logs.test', password })).status).toBe(200);
    expect((await call('POST', '/authentication/local/new', { email: 'ben@logs.test', password: other })).status).toBe(200);
    expect((await call('POST', '/authentication/local', { email: 'ann@logs.test', password: wrong })).status).toBe(401);
    const login = (await call('POST', '/authentication/local', { email: 'ann@logs.test', password })).json as { userId: string; accessToken: string; refreshToken: string };
    keep('access token', login.accessToken);
    keep('refresh token', login.refreshToken);
    const ben = (await call('POST', '/authentication/local', { email: 'ben@logs.test', password: other })).json as { userId: string; accessToken: string };
    keep("ben's access token", ben.accessToken);

    const renewed = (await call('POST', '/authentication/renew', { refreshToken: login.refreshToken })).json as { accessToken: string; refreshToken: string };
    keep('renewed access token', renewed.accessToken);
    keep('renewed refresh token', renewed.refreshToken);
    const auth = { authorization: `Bearer "${renewed.accessToken}" `, masterkey: ADMIN.MASTER_KEY };
    expect((await call('GET', '/authentication/user', undefined, auth)).status).toBe(200);
    // A forged token (the real one with its signature changed) must not be printed while being refused.
    const forged = keep('forged token', `${renewed.accessToken.slice(0, -6)}AAAAAA`);
    expect((await call('GET', '/authentication/user', undefined, { authorization: `Bearer ${forged}` })).status).toBe(401);

    const { roomId } = (await call('POST', '/chat/rooms', { roomName: 'logs', users: [ben.userId] }, auth)).json as { roomId: string };
    const socket = await connect(`http://127.0.0.1:${ports.routers[0]}`, { authorization: `Bearer ${renewed.accessToken}` });
    sockets.push(socket);
    const browser = await connect(`http://127.0.0.1:${ports.routers[0]}`, { namespace: '/chat/', authToken: ben.accessToken });
    sockets.push(browser);
    expect(await socket.request('message', roomId, { content: 'hello', nonce: randomUUID() })).toMatchObject({ content: 'hello' });
    await browser.waitForEvents('message', 1);
    expect(await socket.request('authenticate', renewed.accessToken)).toMatchObject({ userId: login.userId });
    expect(await socket.request('authenticate', forged)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await socket.request('sync', { roomId, since: 0 })).toMatchObject({ room: roomId });

    // A second session whose used refresh token comes back while the session is open: reuse, the session revoked.
    const second = (await call('POST', '/authentication/local', { email: 'ben@logs.test', password: other })).json as { refreshToken: string; accessToken: string };
    keep("ben's second refresh token", second.refreshToken);
    keep("ben's second access token", second.accessToken);
    const rotated = (await call('POST', '/authentication/renew', { refreshToken: second.refreshToken })).json as { refreshToken: string; accessToken: string };
    keep("ben's rotated refresh token", rotated.refreshToken);
    keep("ben's rotated access token", rotated.accessToken);
    expect((await call('POST', '/authentication/renew', { refreshToken: second.refreshToken })).status).toBe(401);
    // Three wrong passwords for one account: the third is over the limit of two.
    const guesses = [secret('guess'), secret('guess'), secret('guess')].map((g, i) => keep(`guess ${i}`, g));
    const answers = [];
    for (const guess of guesses) answers.push((await call('POST', '/authentication/local', { email: 'locked@logs.test', password: guess })).status);
    expect(answers).toEqual([401, 401, 429]);

    // Logout, then the used refresh token again: auth refuses it. In the other order the logout raced the
    // verifiers' revocation poll (the reuse ends the session, and its access token, within a second).
    expect((await call('POST', '/authentication/logout', undefined, auth)).status).toBe(200);
    expect((await call('POST', '/authentication/renew', { refreshToken: login.refreshToken })).status).toBe(401);

    const wrongKey = keep('wrong master key', secret('not-the-key'));
    expect((await call('POST', '/admin/login', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, { masterkey: wrongKey })).status).toBe(401);
    const admin = (await call('POST', '/admin/login', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, { masterkey: ADMIN.MASTER_KEY })).json as { token: string };
    keep('admin token', admin.token);
    const adminHeaders = { masterkey: ADMIN.MASTER_KEY, authorization: `Bearer ${admin.token}` };
    expect((await call('GET', '/admin/users', undefined, adminHeaders)).status).toBe(200);
    const made = keep('password of a user an admin made', secret('made'));
    expect((await call('POST', '/admin/users', { email: 'cat@logs.test', password: made }, adminHeaders)).status).toBe(200);
    expect((await call('GET', `/admin/rooms/${roomId}/messages`, undefined, adminHeaders)).status).toBe(200);

    // Failure paths log the error they met: auth gone, a login in flight must not take its password into the gateway's warning.
    await stack.stop('auth');
    const lost = keep('password sent while auth was down', secret('lost'));
    expect((await call('POST', '/authentication/local', { email: 'ann@logs.test', password: lost })).status).toBe(503);
    expect((await call('POST', '/authentication/local/new', { email: 'dan@logs.test', password: lost })).status).toBe(503);

    sockets.forEach((s) => s.close());
    // SIGTERM: each service closes and pino flushes what it still holds.
    await stack.stopAll();
    const output = stack.output();

    // The search means something only if the flow was logged at all, at debug level.
    for (const name of ['auth', 'chat-core', 'gateway', 'router-1']) expect(stack.output(name).length, `${name} printed nothing`).toBeGreaterThan(0);
    expect(output).toMatch(/"level":20/);
    expect(output).toContain('request completed');
    expect(output).toContain('socket connected');
    expect(output).toContain('upstream unavailable');

    // Each security event is one line with its stable `event` field (docs/OPERATIONS.md, "Security events").
    const events = output.split('\n').filter((line) => line.includes('"security":true'));
    for (const event of ['login_failed', 'login_locked_out', 'refresh_token_reused', 'session_revoked', 'master_key_wrong', 'admin_action']) {
      expect(events.some((line) => line.includes(`"event":"${event}"`)), `security event ${event} logged`).toBe(true);
    }
    // Who was tried is named by a hash, never the address itself.
    expect(events.filter((line) => line.includes('"event":"login_failed"')).join('\n')).not.toContain('locked@logs.test');

    // PRINT_LOGS=1 shows what was searched.
    if (process.env.PRINT_LOGS) console.log(output);
    const found = [...secrets.entries()].filter(([, value]) => output.includes(value)).map(([label]) => label);
    expect(found, 'secrets found in the logs').toEqual([]);
    expect(output).not.toMatch(/\$argon2/);
    console.log(`secrets in logs: ${secrets.size} secrets searched in ${output.split('\n').length} lines of log`);
  }, 120_000);
});
