// The people and rooms of a bench run, made the way a client app makes them:
// over the public HTTP API (register, log in, create rooms).
import { randomUUID } from 'node:crypto';
import type { RoomPlan, SocketSpec } from './harness-protocol.ts';

export interface BenchUser {
  id: string;
  token: string;
}

export interface World {
  users: BenchUser[];
  /** Room ids and their members, as indices into users. */
  rooms: Array<{ id: string; members: number[] }>;
}

export async function http<T>(method: string, url: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${new URL(url).pathname} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Runs fn over items with at most `concurrency` in flight, keeping the order of results. */
export async function inParallel<I, O>(items: I[], concurrency: number, fn: (item: I, index: number) => Promise<O>): Promise<O[]> {
  const out: O[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

export async function registerUsers(gatewayUrl: string, count: number, runId: string): Promise<BenchUser[]> {
  const password = 'bench-password';
  // Password hashing (argon2id) dominates; a few in flight keep both cores busy.
  return inParallel(Array.from({ length: count }, (_, i) => i), 4, async (i) => {
    const email = `bench-${runId}-${i}@example.com`;
    await http('POST', `${gatewayUrl}/authentication/local/new`, { email, password });
    const session = await http<{ userId: string; accessToken: string }>('POST', `${gatewayUrl}/authentication/local`, { email, password });
    return { id: session.userId, token: session.accessToken };
  });
}

/** Most user ids the gateway takes in one room creation or addUsers (GATEWAY_MAX_USERS_PER_REQUEST's default). */
const USERS_PER_REQUEST = 100;

export async function createRoom(gatewayUrl: string, creator: BenchUser, others: BenchUser[], name: string): Promise<string> {
  const ids = others.map((u) => u.id);
  const { roomId } = await http<{ roomId: string }>('POST', `${gatewayUrl}/chat/rooms`, { roomName: name, users: ids.slice(0, USERS_PER_REQUEST) }, creator.token);
  for (let i = USERS_PER_REQUEST; i < ids.length; i += USERS_PER_REQUEST) {
    await http('PUT', `${gatewayUrl}/chat/rooms/${roomId}/addUsers`, { users: ids.slice(i, i + USERS_PER_REQUEST) }, creator.token);
  }
  return roomId;
}

/**
 * Room r holds users r·M … r·M+M-1 (mod U): distinct members per room, and with
 * fewer users than memberships each user is in about rooms·M/U rooms.
 */
export function memberships(rooms: number, members: number, users: number): number[][] {
  return Array.from({ length: rooms }, (_, r) => Array.from({ length: members }, (_, j) => (r * members + j) % users));
}

/** Rooms of `members` over the first `userCount` of users, created over HTTP; the world holds those users only. */
export async function createRooms(gatewayUrl: string, users: BenchUser[], rooms: number, members: number, userCount: number, label: string): Promise<World> {
  const own = users.slice(0, userCount);
  if (own.length < userCount) throw new Error(`${label}: needs ${userCount} users, ${users.length} registered`);
  const plan = memberships(rooms, members, userCount);
  const ids = await inParallel(plan, 8, (m, r) => createRoom(gatewayUrl, own[m[0]!]!, m.slice(1).map((i) => own[i]!), `bench ${label} room ${r}`));
  return { users: own, rooms: plan.map((m, r) => ({ id: ids[r]!, members: m })) };
}

/** The same shape of world for the baseline alone, which has no users to register. */
export function baselineWorld(rooms: number, members: number, userCount: number): World {
  return {
    users: Array.from({ length: userCount }, () => ({ id: randomUUID(), token: '' })),
    rooms: memberships(rooms, members, userCount).map((m) => ({ id: randomUUID(), members: m })),
  };
}

export function roomsOfUser(world: World): string[][] {
  const out = world.users.map((): string[] => []);
  for (const room of world.rooms) for (const m of room.members) out[m]!.push(room.id);
  return out;
}

/** One socket per user; ours spread over the routers. */
export function socketSpecs(world: World, urls: string[], withTokens: boolean): SocketSpec[] {
  const rooms = roomsOfUser(world);
  return world.users.map((u, i) => ({ url: urls[i % urls.length]!, rooms: rooms[i]!, ...(withTokens ? { token: u.token } : {}) }));
}

export function roomPlans(world: World, senders: number): RoomPlan[] {
  return world.rooms.map((r) => ({ id: r.id, members: r.members, senders: r.members.slice(0, senders) }));
}
