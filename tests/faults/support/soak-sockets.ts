import { io, type Socket } from 'socket.io-client';
import type { LoadUser } from './load.ts';

export interface SoakPlan {
  users: number;
  socketsPerUser: number;
  rooms: number;
  membersPerRoom: number;
}

export interface SoakUser extends LoadUser {
  /** Indices into the soak's rooms. */
  rooms: number[];
}

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Runs fn over items with at most `concurrency` in flight. */
export async function inParallel<I, O>(items: I[], concurrency: number, fn: (item: I, index: number) => Promise<O>): Promise<O[]> {
  const out: O[] = new Array<O>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/**
 * Room r holds users r·M … r·M+M−1 (mod U): distinct members in each room,
 * and every user in rooms·M/U rooms.
 */
export function roomMembers(plan: SoakPlan): number[][] {
  return Array.from({ length: plan.rooms }, (_, r) => Array.from({ length: plan.membersPerRoom }, (_, j) => (r * plan.membersPerRoom + j) % plan.users));
}

/** Users and rooms made as a client app makes them, over the public HTTP API. */
export async function createSoakUsers(gatewayUrl: string, plan: SoakPlan): Promise<{ users: SoakUser[]; roomIds: string[]; members: number[][] }> {
  // argon2id (about 80 ms a hash) dominates: four in flight keep both cores busy.
  const users = await inParallel(Array.from({ length: plan.users }, (_, i) => i), 4, async (i): Promise<SoakUser> => {
    const credentials = { email: `soak${i}@faults.test`, password: 'correct horse battery staple' };
    await post(`${gatewayUrl}/authentication/local/new`, credentials);
    return { ...(await post<LoadUser>(`${gatewayUrl}/authentication/local`, credentials)), rooms: [] };
  });
  const members = roomMembers(plan);
  const roomIds = await inParallel(members, 8, async (m, r) => {
    const [creator, ...others] = m.map((i) => users[i]!);
    return (await post<{ roomId: string }>(`${gatewayUrl}/chat/rooms`, { roomName: `soak ${r}`, users: others.map((u) => u.userId) }, creator!.accessToken)).roomId;
  });
  members.forEach((m, r) => m.forEach((i) => users[i]!.rooms.push(r)));
  return { users, roomIds, members };
}

interface LiveMessage {
  _id?: string;
  room?: string;
  seq?: number;
}

/**
 * Everything the soak's sockets received, counted per (socket, room, seq),
 * and the id each (room, seq) carried: a second id for one seq is a
 * message delivered as another.
 */
export class Receipts {
  /** Per socket, per room id: times received, indexed by seq (arrays: a 10-minute soak holds over a million of them). */
  readonly counts: Map<string, number[]>[] = [];
  readonly idOf = new Map<string, Map<number, string>>();
  received = 0;
  conflicting = 0;

  record(socketIndex: number, m: LiveMessage): void {
    if (m._id === undefined || m.room === undefined || m.seq === undefined) return;
    this.received++;
    this.note(m.room, m.seq, m._id);
    const perSocket = (this.counts[socketIndex] ??= new Map());
    let perRoom = perSocket.get(m.room);
    if (!perRoom) perSocket.set(m.room, (perRoom = []));
    perRoom[m.seq] = (perRoom[m.seq] ?? 0) + 1;
  }

  /** The ack and the broadcast race: whichever comes first sets the id of the seq, the other must agree. */
  note(room: string, seq: number, id: string): void {
    let ids = this.idOf.get(room);
    if (!ids) this.idOf.set(room, (ids = new Map()));
    const known = ids.get(seq);
    if (known === undefined) ids.set(seq, id);
    else if (known !== id) this.conflicting++;
  }

  timesReceived(socketIndex: number, room: string, seq: number): number {
    return this.counts[socketIndex]?.get(room)?.[seq] ?? 0;
  }

  /**
   * Against what should have arrived (each acknowledged message, at every
   * socket of its room's members): pairs received, copies beyond the first,
   * pairs never received, and receipts that match no acknowledged message.
   */
  tally(expected: { room: string; seq: number; sockets: number[] }[]): { delivered: number; duplicated: number; lost: number; unexpected: number } {
    let delivered = 0;
    let duplicated = 0;
    let lost = 0;
    for (const { room, seq, sockets } of expected) {
      for (const socket of sockets) {
        const times = this.timesReceived(socket, room, seq);
        if (times === 0) lost++;
        else delivered++;
        if (times > 1) duplicated += times - 1;
      }
    }
    return { delivered, duplicated, lost, unexpected: this.received - delivered - duplicated };
  }
}

export interface SoakSocket {
  index: number;
  user: number;
  socket: Socket;
}

/** One authenticated websocket to `url`; every `message` it receives goes to `receipts`. */
export function openSoakSocket(url: string, token: string, index: number, receipts: Receipts): Promise<Socket> {
  const socket = io(`${url}/chat`, {
    path: '/realtime',
    transports: ['websocket'],
    forceNew: true,
    // A socket that drops is a finding of the soak, not something to paper over.
    reconnection: false,
    timeout: 20_000,
    extraHeaders: { Authorization: `Bearer ${token}` },
  });
  socket.on('message', (m: LiveMessage) => receipts.record(index, m));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}
