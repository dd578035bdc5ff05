import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';

/**
 * The tutorial as a developer types it: `pnpm start` (the real start script,
 * four services as child processes, two routers), then the tutorial's curl
 * commands word for word with real ids and tokens, then its Socket.IO step.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

let env: TestEnv;
let stack: ChildProcess;
let output = '';
let ports: { gateway: number; router: number; auth: number; chat: number };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs curl with the tutorial's arguments; returns the body it printed. */
async function curl(args: string[]): Promise<string> {
  const { stdout } = await run('curl', ['--silent', '--show-error', ...args]);
  return stdout;
}

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

async function registerAndLogin(email: string) {
  const base = `http://localhost:${ports.gateway}`;
  const body = JSON.stringify({ email, password: 'correct horse' });
  await curl(['--request', 'POST', `${base}/authentication/local/new`, '--header', 'Content-Type: application/json', '--data-raw', body]);
  return json(await curl(['--request', 'POST', `${base}/authentication/local`, '--header', 'Content-Type: application/json', '--data-raw', body])) as {
    userId: string;
    accessToken: string;
  };
}

beforeAll(async () => {
  env = await createTestEnv();
  // Routers take consecutive ports from CLIENT_SOCKET_PORT; the two ports after the first must be free too.
  ports = { gateway: await freePort(), router: 20000 + Math.floor(Math.random() * 20000), auth: await freePort(), chat: await freePort() };
  stack = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...env.env,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      ROUTERS: '2',
      GATEWAY_PORT: String(ports.gateway),
      CLIENT_SOCKET_PORT: String(ports.router),
      AUTH_GRPC_URL: `127.0.0.1:${ports.auth}`,
      CHAT_GRPC_URL: `127.0.0.1:${ports.chat}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stack.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  stack.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(
    'pnpm start to serve /health and both routers',
    async () => {
      if (stack.exitCode !== null) throw new Error(`pnpm start exited early:\n${output}`);
      const health = await fetch(`http://127.0.0.1:${ports.gateway}/health`).then((r) => r.status, () => 0);
      return health === 200 && (output.match(/router listening/g) ?? []).length === 2 ? true : undefined;
    },
    120_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; pnpm start printed:\n${output}`);
  });
}, 150_000);

afterAll(async () => {
  if (stack && stack.exitCode === null) stack.kill('SIGKILL');
  await env?.cleanup();
});

describe('pnpm start and the tutorial', () => {
  const sockets: Socket[] = [];
  afterAll(() => sockets.forEach((s) => s.disconnect()));

  it('answers the tutorial\'s curl commands with exactly its bodies and delivers its Socket.IO message', async () => {
    const [owner, p1, p2, extra] = await Promise.all(['owner', 'p1', 'p2', 'extra'].map((n) => registerAndLogin(`${n}@tutorial.example`)));
    const base = `http://localhost:${ports.gateway}`;

    // "Create a room as user", as written (the token in quotes with a trailing space).
    const created = await curl([
      '--location', '--request', 'POST', `${base}/chat/rooms`,
      '--header', 'Content-Type: application/json',
      '--header', 'Accept: application/json',
      '--header', `Authorization: Bearer "${owner!.accessToken}" `,
      '--data-raw', `{\n"roomName": "Conduit Users",\n"users": ["${p1!.userId}","${p2!.userId}"]\n}`,
    ]);
    expect(Object.keys(json(created))).toEqual(['roomId']);
    const roomId = json(created).roomId as string;

    // "Add users in a chat room", with the masterkey header.
    const added = await curl([
      '--location', '--request', 'PUT', `${base}/chat/rooms/${roomId}/addUsers`,
      '--header', 'Content-Type: application/json',
      '--header', 'Accept: application/json',
      '--header', 'masterkey: M4ST3RK3Y',
      '--header', `Authorization: Bearer "${owner!.accessToken}"`,
      '--data-raw', `{\n"users": ["${extra!.userId}"]\n}`,
    ]);
    expect(json(added)).toEqual({ result: 'Users added' });

    // "Send message": Postman on router 1 (trailing slash, /realtime, the header), receivers on router 2.
    const connect = (port: number, token: string) => {
      const socket = io(`http://localhost:${port}/chat/`, {
        path: '/realtime',
        transports: ['websocket'],
        extraHeaders: { Authorization: `Bearer ${token}` },
        reconnection: false,
      });
      sockets.push(socket);
      return new Promise<Socket>((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    };
    const sender = await connect(ports.router, owner!.accessToken);
    const receiver = await connect(ports.router + 1, p1!.accessToken);
    const received: unknown[] = [];
    receiver.on('message', (m: unknown) => received.push(m));
    sender.emit('message', roomId, 'Hello Conduit Users');
    await waitFor('the message at the other router', () => (received.length > 0 ? true : undefined), 10_000);
    expect(received[0]).toMatchObject({ room: roomId, sender: owner!.userId, content: 'Hello Conduit Users', contentType: 'text', seq: expect.any(Number) });

    // The message is in history.
    const history = json(await curl([`${base}/chat/messages?roomId=${roomId}`, '--header', `Authorization: Bearer ${p2!.accessToken}`]));
    expect(history.count).toBe(1);
    expect((history.messages as { message: string }[])[0]!.message).toBe('Hello Conduit Users');

    // "Leaving a room", with curl's empty --data-raw ''.
    const left = await curl([
      '--location', '--request', 'PUT', `${base}/chat/leave/${roomId}`,
      '--header', 'Content-Type: application/json',
      '--header', 'Accept: application/json',
      '--header', 'masterkey: M4ST3RK3Y',
      '--header', `Authorization: Bearer "${extra!.accessToken}"`,
      '--data-raw', '',
    ]);
    expect(json(left)).toEqual({ result: 'Ok' });
  });

  it('prints readable logs prefixed by service and stops every service on Ctrl-C', async () => {
    for (const label of ['auth', 'chat-core', 'gateway', 'router-1', 'router-2']) expect(output).toContain(label);
    // No raw pino JSON reaches the terminal.
    expect(output).not.toMatch(/^\S+\s*\|\s*\{"level"/m);
    const exited = new Promise<number | null>((resolve) => stack.once('exit', (code) => resolve(code)));
    stack.kill('SIGINT');
    expect(await exited).toBe(0);
    const gatewayUp = await fetch(`http://127.0.0.1:${ports.gateway}/health`).then(() => true, () => false);
    expect(gatewayUp).toBe(false);
  }, 30_000);
});
