import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '@chat/common';
import type { AccessClaims, TokenVerifier } from '@chat/tokens';
import type { ChatSocket } from '../realtime/chat-socket.ts';
import { TokenExpiry } from './token-expiry.ts';

const NOW = Date.UTC(2026, 0, 1) / 1000;
const GRACE_MS = 500;

/** What TokenExpiry uses of a socket; disconnecting calls forget(), as the namespace's 'disconnect' listener does. */
function fakeSocket(expiry: TokenExpiry, userId: string, expiresAt: number) {
  const sent: [string, unknown][] = [];
  const socket = {
    data: { userId, sessionId: `session of ${userId}`, expiresAt, roomIds: [] },
    disconnected: false,
    emit: (event: string, payload: unknown) => void sent.push([event, payload]),
    disconnect() {
      socket.disconnected = true;
      expiry.forget(socket as unknown as ChatSocket);
    },
  };
  return { socket: socket as unknown as ChatSocket, sent, events: () => sent.map(([event]) => event) };
}

/** Tokens are "<userId>:<expiresAt>". */
const verifier = {
  async verify(token: string): Promise<AccessClaims> {
    const [userId, expiresAt] = token.split(':');
    return { userId: userId!, sessionId: `renewed session of ${userId}`, expiresAt: Number(expiresAt) };
  },
} as TokenVerifier;

let expiry: TokenExpiry;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW * 1000);
  const rooms = { leaveAll: () => undefined, rejoin: async () => undefined };
  expiry = new TokenExpiry({ verifier, rooms, graceMs: GRACE_MS, log: createLogger('test', 'silent') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the expiry of the tokens of a namespace', () => {
  it('tells each socket at its own expiry, from one timer for all of them', () => {
    const later = fakeSocket(expiry, 'ann', NOW + 2);
    const sooner = [fakeSocket(expiry, 'ben', NOW + 1), fakeSocket(expiry, 'cat', NOW + 1)];
    for (const s of [later, ...sooner]) expiry.track(s.socket);
    expect(vi.getTimerCount()).toBe(1);

    vi.advanceTimersByTime(999);
    expect([later, ...sooner].map((s) => s.events())).toEqual([[], [], []]);
    vi.advanceTimersByTime(1);
    expect(sooner.map((s) => s.sent)).toEqual([
      [['token-expired', { expiredAt: new Date((NOW + 1) * 1000).toISOString(), graceMs: GRACE_MS }]],
      [['token-expired', { expiredAt: new Date((NOW + 1) * 1000).toISOString(), graceMs: GRACE_MS }]],
    ]);
    expect(later.events()).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(later.events()).toEqual(['token-expired']);
  });

  it('refuses events during the grace period and disconnects when it ends without a new token', () => {
    const ann = fakeSocket(expiry, 'ann', NOW + 1);
    expiry.track(ann.socket);
    expect(() => expiry.assertActive(ann.socket)).not.toThrow();
    vi.advanceTimersByTime(1000);
    expect(() => expiry.assertActive(ann.socket)).toThrow('access token expired: emit authenticate with a new access token');
    vi.advanceTimersByTime(GRACE_MS);
    expect(ann.sent.at(-1)).toEqual(['conduit_error', { code: 'UNAUTHENTICATED', message: 'access token expired and no new one was sent: disconnected' }]);
    expect(ann.socket.disconnected).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes a new token of the same user in the grace period: events pass again and the next expiry follows the new token', async () => {
    const ann = fakeSocket(expiry, 'ann', NOW + 1);
    expiry.track(ann.socket);
    vi.advanceTimersByTime(1000);
    expect(await expiry.renew(ann.socket, `Bearer ann:${NOW + 10}`)).toEqual({ userId: 'ann', expiresAt: NOW + 10 });
    expect(ann.socket.data).toMatchObject({ sessionId: 'renewed session of ann', expiresAt: NOW + 10 });
    expect(() => expiry.assertActive(ann.socket)).not.toThrow();
    vi.advanceTimersByTime(GRACE_MS + 7000);
    expect(ann.socket.disconnected).toBe(false);
    expect(ann.events()).toEqual(['token-expired']);
    vi.advanceTimersByTime(1500);
    expect(ann.events()).toEqual(['token-expired', 'token-expired']);
  });

  it("refuses another user's token and a missing one, keeping the grace period running", async () => {
    const ann = fakeSocket(expiry, 'ann', NOW + 1);
    expiry.track(ann.socket);
    vi.advanceTimersByTime(1000);
    await expect(expiry.renew(ann.socket, `ben:${NOW + 10}`)).rejects.toThrow('the access token belongs to another user: connect again to change user');
    await expect(expiry.renew(ann.socket, 42)).rejects.toThrow('token (argument 1) must be a string');
    await expect(expiry.renew(ann.socket, 'Bearer ')).rejects.toThrow('no access token given');
    vi.advanceTimersByTime(GRACE_MS);
    expect(ann.socket.disconnected).toBe(true);
  });

  it('keeps no timer once the sockets are gone, and does not take back one that left while its new token was checked', async () => {
    const sockets = [fakeSocket(expiry, 'ann', NOW + 5), fakeSocket(expiry, 'ben', NOW + 60)];
    for (const s of sockets) expiry.track(s.socket);
    const renewal = expiry.renew(sockets[0]!.socket, `ann:${NOW + 100}`);
    for (const s of sockets) s.socket.disconnect();
    await renewal;
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(200_000);
    expect(sockets.map((s) => s.events())).toEqual([[], []]);
  });

  it('waits in steps for an expiry past what one timer can wait', () => {
    const far = fakeSocket(expiry, 'ann', NOW + 40 * 24 * 3600);
    expiry.track(far.socket);
    vi.advanceTimersByTime(2 ** 31 - 1);
    expect(far.events()).toEqual([]);
    vi.advanceTimersByTime(40 * 24 * 3600 * 1000 - (2 ** 31 - 1));
    expect(far.events()).toEqual(['token-expired']);
  });
});
