import { createChatClient, type ChatClient, type ChatClientOptions } from '@chat/client';
import { waitFor } from '@chat/testing';

export const SDK_PASSWORD = 'correct horse battery staple';

/** What the app saw, in order: one line per timeline event, gap, lost room. */
export interface SeenLog {
  lines: string[];
  /** The `message` events' contents, in the order delivered. */
  messages(): string[];
  /** The seqs of every timeline event of a room, in the order delivered. */
  seqs(room: string): number[];
}

/** Records the events an app would see, as compact lines. */
export function record(client: ChatClient): SeenLog {
  const lines: string[] = [];
  const seqsByRoom = new Map<string, number[]>();
  const contents: string[] = [];
  client.on('event', (e) => {
    const detail = e.type === 'message' ? e.payload.content : '';
    lines.push(`${e.type} ${e.seq}${detail ? ` ${detail}` : ''}`);
    seqsByRoom.set(e.room, [...(seqsByRoom.get(e.room) ?? []), e.seq]);
    if (e.type === 'message') contents.push(e.payload.content);
  });
  client.on('gap', (g) => lines.push(`gap since ${g.since}`));
  client.on('room-lost', (l) => lines.push(`room-lost ${l.error.code}`));
  return { lines, messages: () => [...contents], seqs: (room) => seqsByRoom.get(room) ?? [] };
}

/** Registers (if new) and logs in a user with the SDK; not connected yet. */
export async function sdkUser(options: ChatClientOptions, email: string): Promise<ChatClient> {
  const client = createChatClient(options);
  await client.register(email, SDK_PASSWORD).catch((error: { code?: string }) => {
    if (error.code !== 'ALREADY_EXISTS') throw error;
  });
  await client.login(email, SDK_PASSWORD);
  return client;
}

/** Waits until `log` holds `count` messages. */
export async function waitForMessages(log: SeenLog, count: number, timeoutMs = 20_000): Promise<string[]> {
  return waitFor(`${count} messages (have ${log.messages().length})`, () => (log.messages().length >= count ? log.messages() : undefined), timeoutMs);
}

/** 1..n as `${prefix}n` strings. */
export const numbered = (prefix: string, n: number, from = 1): string[] => Array.from({ length: n }, (_, i) => `${prefix}${from + i}`);
