import type { SocketMessage } from '@chat/common';
import type { RoomMembers } from '../realtime/signal-fanout.ts';
import type { GapFiller } from '../realtime/timeline-fanout.ts';

/**
 * What the router needs from chat-core, in the socket contract's terms
 * (docs/ARCHITECTURE.md, "The contract with clients"), so the socket handlers never see
 * proto types. chat-core enforces membership itself; the router only relays.
 */

export type { SocketMessage } from '@chat/common';

export interface SendInput {
  userId: string;
  roomId: string;
  content: string;
  /** Empty: text. */
  contentType: string;
  files: string[];
  /** Empty: none. */
  nonce: string;
}

export interface SendResult {
  message: SocketMessage;
  /** The nonce was seen before: this is the first stored message, and nothing was broadcast. */
  duplicate: boolean;
}

/** One entry of a room's timeline, its payload exactly as the live event carried it. */
export interface TimelineEvent {
  type: string;
  seq: number;
  payload: unknown;
}

export interface EventsPage {
  events: TimelineEvent[];
  hasMore: boolean;
  /** History no longer covers `since`: the client must refetch the room. */
  gap: boolean;
  /** The room's last seq. */
  lastSeq: number;
}

export interface ChatCoreClient extends GapFiller, RoomMembers {
  roomIdsOf(userId: string): Promise<string[]>;
  send(input: SendInput): Promise<SendResult>;
  /** Relays a typing signal to the room's members; answers it as they receive it. */
  typing(input: { userId: string; roomId: string; content: string }): Promise<SocketMessage>;
  /** Marks the room read up to its last seq; returns that seq. */
  markRead(userId: string, roomId: string): Promise<number>;
  events(input: { userId: string; roomId: string; since: number; limit: number }): Promise<EventsPage>;
  close(): void;
}
