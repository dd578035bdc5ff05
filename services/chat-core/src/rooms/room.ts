import type { Message } from '../messages/message.ts';

/** A room as one of its participants sees it. */
export interface Room {
  id: string;
  name: string;
  creatorId: string;
  participants: string[];
  lastSeq: number;
  /** Null while the room has no live message. */
  lastMessage: Message | null;
  /** Live messages past the caller's last read seq, not sent by the caller. */
  unreadCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export type RoomRecord = Omit<Room, 'lastMessage'>;

export const MAX_ROOM_NAME = 200;

export const roomNotFound = (roomId: string) => `room ${roomId} not found`;
