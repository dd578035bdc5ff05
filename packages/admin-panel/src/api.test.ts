import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createAdminApi, type Session } from './api.ts';

// A real HTTP server on port 0 answers as the gateway's admin API would, so the
// client's requests (method, path, headers, body) are checked on the wire.

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let baseUrl: string;
let seen: Seen[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };
let session: Session | null;
let unauthorized: string[];

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  answer = { status: 200, body: {} };
  session = { masterKey: 'M4ST3RK3Y', token: 'admin-token' };
  unauthorized = [];
});

function api() {
  return createAdminApi({ baseUrl, getSession: () => session, onUnauthorized: (m) => unauthorized.push(m) });
}

describe('admin API client', () => {
  it('logs in with the master key and no session, and keeps both for later calls', async () => {
    session = null;
    answer = { status: 200, body: { token: 'fresh', expiresIn: 3600 } };
    const result = await api().login('K3Y', 'admin@example.com', 'pw');
    expect(result).toEqual({ masterKey: 'K3Y', token: 'fresh' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/admin/login' });
    expect(seen[0]?.headers.masterkey).toBe('K3Y');
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ email: 'admin@example.com', password: 'pw' });
  });

  it('sends the master key and the bearer token on every admin call', async () => {
    answer = { status: 200, body: { users: [], count: 0 } };
    await api().listUsers({ search: ' ali ', skip: 20, limit: 10 });
    expect(seen[0]?.url).toBe('/admin/users?search=ali&skip=20&limit=10');
    expect(seen[0]?.headers.masterkey).toBe('M4ST3RK3Y');
    expect(seen[0]?.headers.authorization).toBe('Bearer admin-token');
  });

  it('puts ids into paths encoded and bodies as JSON', async () => {
    answer = { status: 200, body: { result: 'Ok' } };
    await api().removeParticipant('room/1', 'user 2');
    await api().addParticipants('r1', ['u1', 'u2']);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'DELETE /admin/rooms/room%2F1/participants/user%202',
      'PUT /admin/rooms/r1/participants',
    ]);
    expect(seen[1]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[1]?.body ?? '')).toEqual({ users: ['u1', 'u2'] });
  });

  it("turns an error answer into an ApiError with the API's own message", async () => {
    answer = { status: 409, body: { error: { code: 'ALREADY_EXISTS', message: 'A user with this email already exists.' } } };
    const error = await api().createUser('a@example.com', 'pw').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'ALREADY_EXISTS', message: 'A user with this email already exists.' });
    expect(unauthorized).toEqual([]);
  });

  it('names the status when an error answer has no message', async () => {
    answer = { status: 502, body: 'not json we know' };
    await expect(api().listAudit({})).rejects.toMatchObject({ status: 502, message: 'The server answered 502 Bad Gateway.' });
  });

  it("ends the session on a 401 from an admin call, with the server's words", async () => {
    answer = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Admin session expired.' } } };
    await expect(api().listRooms({})).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toEqual(['Admin session expired.']);
  });

  it('a refused login does not count as a lost session', async () => {
    answer = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Wrong email or password.' } } };
    await expect(api().login('K3Y', 'admin@example.com', 'bad')).rejects.toMatchObject({
      message: 'Wrong email or password.',
    });
    expect(unauthorized).toEqual([]);
  });

  it('asks to log in without calling the server when there is no session', async () => {
    session = null;
    await expect(api().listUsers({})).rejects.toMatchObject({ status: 401 });
    expect(seen).toEqual([]);
    expect(unauthorized).toEqual(['Please log in.']);
  });

  it('reads sequence numbers sent as strings (int64) as numbers', async () => {
    answer = {
      status: 200,
      body: {
        messages: [{ _id: 'm9', message: 'hi', messageType: 'text', senderUser: 'u1', senderEmail: 'a@b.c', room: 'r1', createdAt: 'x', updatedAt: 'x', seq: '9' }],
        count: '9',
        lastSeq: '12',
      },
    };
    const page = await api().listMessages('r1', { limit: 50, before: 10 });
    expect(seen[0]?.url).toBe('/admin/rooms/r1/messages?limit=50&before=10');
    expect(page).toMatchObject({ count: 9, lastSeq: 12, messages: [{ seq: 9, files: [] }] });

    answer = {
      status: 200,
      body: {
        events: [
          { seq: '13', type: 'message-deleted', payload: { messageId: 'm9', room: 'r1', seq: '13' } },
          { seq: '14', type: 'room-joined', payload: { room: 'r1', roomName: 'General' } },
        ],
        lastSeq: '14',
      },
    };
    const feed = await api().roomEvents('r1', 12);
    expect(seen[1]?.url).toBe('/admin/rooms/r1/events?since=12');
    expect(feed).toEqual({
      lastSeq: 14,
      events: [
        { seq: 13, type: 'message-deleted', payload: { messageId: 'm9', room: 'r1', seq: 13 } },
        { seq: 14, type: 'other', name: 'room-joined', payload: { room: 'r1', roomName: 'General', seq: 14 } },
      ],
    });
  });

  it('says in words when the server cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = createAdminApi({ baseUrl: `http://127.0.0.1:${port}`, getSession: () => session, onUnauthorized: () => {} });
    await expect(offline.listUsers({})).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringMatching(/^Cannot reach the server/) });
  });
});
