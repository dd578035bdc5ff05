/** A room as an admin sees it: no reader, so no unread count. */
export interface AdminRoom {
  id: string;
  name: string;
  creatorId: string;
  /** Empty in listings, which carry only the count. */
  participants: string[];
  /** The participants with their roles (owner, admin, member), in the same order; empty in listings. */
  members: { userId: string; role: string }[];
  direct: boolean;
  participantCount: number;
  lastSeq: number;
  messageCount: number;
  /** When the room's timeline last moved (rooms.updated_at is bumped with every seq). */
  lastActivity: Date;
  createdAt: Date;
}
