import type { Message } from '../messages/message.ts';

export const MEMBER_ROLES = ['owner', 'admin', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const WHO_CAN_ADD = ['members', 'admins'] as const;
export type WhoCanAdd = (typeof WHO_CAN_ADD)[number];

export interface Member {
  userId: string;
  role: MemberRole;
}

/** A room as one of its participants sees it. */
export interface Room {
  id: string;
  name: string;
  creatorId: string;
  participants: string[];
  /** The participants with their roles, in the same order. */
  members: Member[];
  /** A direct room: the one room of two users, to which nobody can be added. */
  direct: boolean;
  whoCanAdd: WhoCanAdd;
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
