import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { waitFor } from '@chat/testing';

export { freePort } from '@chat/stack';

/**
 * The tutorial as a developer runs it: `pnpm start` as a real process, then
 * the tutorial's curl commands word for word with real ids and tokens, and
 * its Socket.IO step.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Runs curl with the tutorial's arguments; returns the body it printed. */
export async function curl(args: string[]): Promise<string> {
  const { stdout } = await run('curl', ['--silent', '--show-error', ...args]);
  return stdout;
}

export const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

export interface TutorialUser {
  userId: string;
  accessToken: string;
}

export async function registerAndLogin(gatewayPort: number, email: string): Promise<TutorialUser> {
  const base = `http://localhost:${gatewayPort}`;
  const body = JSON.stringify({ email, password: 'correct horse' });
  await curl(['--request', 'POST', `${base}/authentication/local/new`, '--header', 'Content-Type: application/json', '--data-raw', body]);
  return json(await curl(['--request', 'POST', `${base}/authentication/local`, '--header', 'Content-Type: application/json', '--data-raw', body])) as unknown as TutorialUser;
}

export interface StartedStack {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Ctrl-C as a terminal sends it (SIGINT to the whole process group); resolves with the exit code. */
  interrupt(): Promise<number | null>;
  /** SIGTERM to `pnpm` alone, as a process manager sends it; resolves with the exit code. */
  terminate(): Promise<number | null>;
}

/**
 * `pnpm start` in a process group of its own, as a terminal runs it; resolves
 * once /health answers 200 and `routers` routers said they listen.
 */
export async function pnpmStart(env: NodeJS.ProcessEnv, gatewayPort: number, routers = 1): Promise<StartedStack> {
  let output = '';
  const child = spawn('pnpm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started: StartedStack = {
    child,
    output: () => output,
    async interrupt() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
    async terminate() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  await waitFor(
    `pnpm start to serve /health and ${routers} router(s)`,
    async () => {
      if (child.exitCode !== null) throw new Error(`pnpm start exited early (${child.exitCode})`);
      const health = await fetch(`http://127.0.0.1:${gatewayPort}/health`).then((r) => r.status, () => 0);
      return health === 200 && (output.match(/router listening/g) ?? []).length === routers ? true : undefined;
    },
    120_000,
  ).catch((error: Error) => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    throw new Error(`${error.message}; pnpm start printed:\n${output}`);
  });
  return started;
}

export interface TutorialRun {
  roomId: string;
  owner: TutorialUser;
  /** A participant who stays in the room. */
  member: TutorialUser;
}

/**
 * The tutorial's steps against a running stack: register and log in four
 * users, create a room, add a user with the masterkey header, send a message
 * from one router's socket and receive it on another's (the same router when
 * there is one), read it from history, and leave with curl's empty body.
 */
export async function runTutorial(ports: { gateway: number; senderRouter: number; receiverRouter: number }, sockets: Socket[]): Promise<TutorialRun> {
  const [owner, p1, p2, extra] = await Promise.all(['owner', 'p1', 'p2', 'extra'].map((n) => registerAndLogin(ports.gateway, `${n}@tutorial.example`)));
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

  // "Send message": Postman's URL (trailing slash, /realtime, the header).
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
  const sender = await connect(ports.senderRouter, owner!.accessToken);
  const receiver = await connect(ports.receiverRouter, p1!.accessToken);
  const received: Record<string, unknown>[] = [];
  receiver.on('message', (m: Record<string, unknown>) => received.push(m));
  sender.emit('message', roomId, 'Hello Conduit Users');
  await waitFor('the message at the receiving socket', () => (received.length > 0 ? true : undefined), 10_000);
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
  return { roomId, owner: owner!, member: p1! };
}
