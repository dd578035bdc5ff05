import type { Redis } from './redis.ts';

/** What others see of a user: online while any router holds a socket of theirs. */
export interface PresenceState {
  status: 'online' | 'offline';
  /** When their last socket closed (after the grace period); null while online, or never seen. */
  lastSeen: string | null;
}

/**
 * Who is online, across routers: each router marks the users it holds
 * sockets of, with an expiry it renews while it runs, so the users of a
 * router that died go offline once its marks expire. Redis between
 * processes; memory in single-node mode, shared by the router and the
 * gateway of the one process.
 */
export interface PresenceStore {
  /** This router holds the user now; true when nobody held them before (they came online). */
  online(userId: string, routerId: string, ttlMs: number): Promise<boolean>;
  /** This router no longer holds the user; the time they went offline when nobody holds them now, else null. */
  offline(userId: string, routerId: string): Promise<string | null>;
  /** Renews this router's marks of these users. */
  renew(userIds: string[], routerId: string, ttlMs: number): Promise<void>;
  states(userIds: string[]): Promise<Map<string, PresenceState>>;
}

const OFFLINE: PresenceState = { status: 'offline', lastSeen: null };

// Each user is one hash: router id → until when that router's mark holds (ms).
// Marks are compared with the time the caller passes, so every process uses its own clock once.
const ONLINE_SCRIPT = `
local live = 0
for _, until_ms in pairs(redis.call('HVALS', KEYS[1])) do
  if tonumber(until_ms) > tonumber(ARGV[2]) then live = live + 1 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return live == 0 and 1 or 0`;

const OFFLINE_SCRIPT = `
redis.call('HDEL', KEYS[1], ARGV[1])
for _, until_ms in pairs(redis.call('HVALS', KEYS[1])) do
  if tonumber(until_ms) > tonumber(ARGV[2]) then return 0 end
end
redis.call('DEL', KEYS[1])
redis.call('SET', KEYS[2], ARGV[2])
return 1`;

/** Last-seen times outlive the marks by far: they are what offline users show. */
const LAST_SEEN_TTL_MS = 90 * 24 * 3600 * 1000;

export class RedisPresenceStore implements PresenceStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private marks = (userId: string) => `${this.prefix}:presence:${userId}`;
  private seen = (userId: string) => `${this.prefix}:presence-seen:${userId}`;

  async online(userId: string, routerId: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const came = await this.redis.eval(ONLINE_SCRIPT, 1, this.marks(userId), routerId, now, now + ttlMs, ttlMs * 2);
    return came === 1;
  }

  async offline(userId: string, routerId: string): Promise<string | null> {
    const now = Date.now();
    const gone = await this.redis.eval(OFFLINE_SCRIPT, 2, this.marks(userId), this.seen(userId), routerId, now);
    if (gone !== 1) return null;
    await this.redis.pexpire(this.seen(userId), LAST_SEEN_TTL_MS);
    return new Date(now).toISOString();
  }

  async renew(userIds: string[], routerId: string, ttlMs: number): Promise<void> {
    if (userIds.length === 0) return;
    const until = Date.now() + ttlMs;
    const batch = this.redis.pipeline();
    for (const id of userIds) batch.hset(this.marks(id), routerId, until).pexpire(this.marks(id), ttlMs * 2);
    await batch.exec();
  }

  async states(userIds: string[]): Promise<Map<string, PresenceState>> {
    const now = Date.now();
    const batch = this.redis.pipeline();
    for (const id of userIds) batch.hvals(this.marks(id)).get(this.seen(id));
    const answers = (await batch.exec()) ?? [];
    const states = new Map<string, PresenceState>();
    userIds.forEach((id, i) => {
      const marks = (answers[2 * i]?.[1] as string[] | undefined) ?? [];
      const seen = answers[2 * i + 1]?.[1] as string | null | undefined;
      const live = marks.some((until) => Number(until) > now);
      // A router that died leaves marks that expire: its users read offline, last seen when the mark ran out.
      const expired = marks.map(Number).filter((until) => until <= now);
      const lastSeen = seen ? Number(seen) : expired.length > 0 ? Math.max(...expired) : null;
      states.set(id, live ? { status: 'online', lastSeen: null } : { status: 'offline', lastSeen: lastSeen === null ? null : new Date(lastSeen).toISOString() });
    });
    return states;
  }
}

/** Single-node mode: the one process's router and gateway share this. */
export class MemoryPresenceStore implements PresenceStore {
  private readonly marks = new Map<string, Map<string, number>>();
  private readonly seen = new Map<string, number>();

  async online(userId: string, routerId: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const marks = this.marks.get(userId) ?? new Map<string, number>();
    const came = ![...marks.values()].some((until) => until > now);
    marks.set(routerId, now + ttlMs);
    this.marks.set(userId, marks);
    return came;
  }

  async offline(userId: string, routerId: string): Promise<string | null> {
    const now = Date.now();
    const marks = this.marks.get(userId);
    marks?.delete(routerId);
    if (marks && [...marks.values()].some((until) => until > now)) return null;
    this.marks.delete(userId);
    this.seen.set(userId, now);
    return new Date(now).toISOString();
  }

  async renew(userIds: string[], routerId: string, ttlMs: number): Promise<void> {
    const until = Date.now() + ttlMs;
    for (const id of userIds) this.marks.get(id)?.set(routerId, until);
  }

  async states(userIds: string[]): Promise<Map<string, PresenceState>> {
    const now = Date.now();
    return new Map(
      userIds.map((id) => {
        const live = [...(this.marks.get(id)?.values() ?? [])].some((until) => until > now);
        const seen = this.seen.get(id);
        return [id, live ? { status: 'online', lastSeen: null } : seen === undefined ? OFFLINE : { status: 'offline', lastSeen: new Date(seen).toISOString() }];
      }),
    );
  }
}

let inProcess: MemoryPresenceStore | undefined;

/** The one in-memory store of this process (single-node mode: the router writes it, the gateway reads it). */
export const inProcessPresence = (): MemoryPresenceStore => (inProcess ??= new MemoryPresenceStore());
