import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient, Presence, TimelineEvent } from '@chat/client';
import { createTestEnv, waitFor, type TestEnv } from '@chat/testing';
import { startStack, type Stack } from '@chat/testing/stack.ts';
import { sdkUser } from './support/sdk-clients.ts';

/**
 * Every live event the routers emit, as an app sees it through @chat/client
 * against the real services: the room governance events (roles, settings,
 * renames, removals, direct rooms) as typed timeline events, once each and
 * in seq order, live and replayed after a reconnect; and presence, once per
 * change however many rooms two users share.
 */

let env: TestEnv;
let stack: Stack;
const clients: ChatClient[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env, { env: { PRESENCE_GRACE_MS: '300', PRESENCE_FLUSH_MS: '100' } });
}, 180_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await stack?.close();
  await env?.cleanup();
});

async function user(email: string): Promise<ChatClient> {
  const client = await sdkUser({ url: stack.gatewayUrl, socketUrl: stack.routerUrls[0]!, reconnectDelayMs: { min: 100, max: 1000 } }, email);
  clients.push(client);
  return client;
}

/** One line per timeline event, naming what the typed payload says. */
function describeEvent(e: TimelineEvent, name: (id: string) => string): string {
  switch (e.type) {
    case 'message':
      return `${e.seq} message ${e.payload.content}`;
    case 'member-role-changed':
      return `${e.seq} member-role-changed ${name(e.payload.user)} ${e.payload.role} by ${name(e.payload.by)}`;
    case 'room-settings-changed':
      return `${e.seq} room-settings-changed whoCanAdd=${e.payload.whoCanAdd} by ${name(e.payload.by)}`;
    case 'room-renamed':
      return `${e.seq} room-renamed ${e.payload.roomName} by ${name(e.payload.by)}`;
    case 'room-left':
      return `${e.seq} room-left ${name(e.payload.user)}${e.payload.removed ? ` removed by ${name(e.payload.by ?? '?')}` : ''}`;
    case 'room-joined':
      return `${e.seq} room-joined ${e.payload.users.map(name).join(',')}${e.payload.direct ? ' direct' : ''}`;
    default:
      return `${e.seq} ${e.type}`;
  }
}

/** The timeline events of the client's rooms, as lines per room, recorded from now (before the room's id is known). */
function timeline(client: ChatClient, name: (id: string) => string): (room: string) => string[] {
  const lines: { room: string; line: string }[] = [];
  client.on('event', (e) => lines.push({ room: e.room, line: describeEvent(e, name) }));
  return (room) => lines.filter((l) => l.room === room).map((l) => l.line);
}

const until = (what: string, lines: () => string[], count: number) =>
  waitFor(`${what}: ${count} events`, () => (lines().length >= count ? true : undefined), 15_000).catch((error: Error) => {
    throw new Error(`${error.message}; have: ${lines().join(' | ')}`);
  });

describe('@chat/client: every event the routers emit', () => {
  it('room governance events reach members typed, once and in seq order, live and replayed after a reconnect', async () => {
    const [ann, ben, cat, dan] = await Promise.all(['ann', 'ben', 'cat', 'dan'].map((n) => user(`${n}@sdk-events.test`)));
    const names = new Map([ann, ben, cat, dan].map((c, i) => [c!.userId!, ['ann', 'ben', 'cat', 'dan'][i]!]));
    const name = (id: string) => names.get(id) ?? id;
    const benSaw = timeline(ben!, name);
    const catSaw = timeline(cat!, name);
    const roomId = (await ann!.api.rooms.create('governed', [ben!.userId!, cat!.userId!, dan!.userId!])).roomId;
    await Promise.all([ann!.connect(), ben!.connect(), cat!.connect(), dan!.connect()]);
    const danAt = dan!.positions();
    dan!.close();

    await ann!.api.rooms.setRole(roomId, ben!.userId!, 'admin');
    await ann!.api.rooms.update(roomId, { whoCanAdd: 'admins' });
    await ben!.api.rooms.update(roomId, { name: 'renamed' });
    await ben!.api.rooms.removeMember(roomId, cat!.userId!);
    await ann!.send(roomId, 'after');

    const expected = [
      '2 member-role-changed ben admin by ann',
      '3 room-settings-changed whoCanAdd=admins by ann',
      '4 room-renamed renamed by ben',
      '5 room-left cat removed by ben',
      '6 message after',
    ];
    await until('ben', () => benSaw(roomId), 5);
    expect(benSaw(roomId)).toEqual(expected);
    // The removed member hears of the removal, and nothing of the room after it.
    await until('cat', () => catSaw(roomId), 4);
    await new Promise((r) => setTimeout(r, 300));
    expect(catSaw(roomId)).toEqual(expected.slice(0, 4));

    // Dan was away for all of it: resuming from where he was replays the same typed events, in order.
    const danAgain = await user('dan@sdk-events.test');
    const danSaw = timeline(danAgain, name);
    await danAgain.connect(danAt);
    await until('dan', () => danSaw(roomId), 5);
    expect(danSaw(roomId)).toEqual(expected);
  });

  it('a direct room reaches both people as a room-joined marked direct, and is followed at once', async () => {
    const [eve, fay] = await Promise.all([user('eve@sdk-events.test'), user('fay@sdk-events.test')]);
    await Promise.all([eve.connect(), fay.connect()]);
    const names = new Map([[eve.userId!, 'eve'], [fay.userId!, 'fay']]);
    const faySaw = timeline(fay, (id) => names.get(id) ?? id);
    const roomId = (await eve.api.rooms.direct(fay.userId!)).roomId;
    expect((await eve.api.rooms.direct(fay.userId!)).roomId).toBe(roomId);
    await eve.send(roomId, 'hi fay');
    await until('fay', () => faySaw(roomId), 2);
    expect(faySaw(roomId)).toEqual(['1 room-joined eve,fay direct', '2 message hi fay']);
  });

  it("presence: a user's coming and going reaches the people they share rooms with once per change, with lastSeen", async () => {
    const [gus, hal] = await Promise.all([user('gus@sdk-events.test'), user('hal@sdk-events.test')]);
    // Two shared rooms: the routers announce to each, the SDK passes each change on once.
    await gus.api.rooms.create('one', [hal.userId!]);
    await gus.api.rooms.create('two', [hal.userId!]);
    await gus.connect();
    const heard: Presence[] = [];
    const halId = hal.userId!;
    gus.on('presence', (p) => p.user === halId && heard.push(p));
    await hal.connect();
    await waitFor('hal online', () => (heard.length >= 1 ? true : undefined), 10_000);
    const listed = await gus.api.rooms.presence((await gus.api.rooms.list()).rooms[0]!._id);
    expect(listed.members).toEqual(expect.arrayContaining([{ user: halId, status: 'online', lastSeen: null }]));

    hal.close();
    await waitFor('hal offline', () => (heard.length >= 2 ? true : undefined), 10_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(heard.map((p) => p.status)).toEqual(['online', 'offline']);
    expect(heard[0]).toMatchObject({ user: halId, status: 'online', lastSeen: null });
    expect(Date.parse(heard[1]!.lastSeen!)).toBeGreaterThan(Date.now() - 30_000);
  });
});
