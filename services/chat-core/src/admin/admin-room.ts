/** A room as an admin sees it: no reader, so no unread count. */
export interface AdminRoom {
  id: string;
  name: string;
  creatorId: string;
  /** Empty in listings, which carry only the count. */
  participants: string[];
  participantCount: number;
  lastSeq: number;
  messageCount: number;
  /** When the room's timeline last moved (rooms.updated_at is bumped with every seq). */
  lastActivity: Date;
  createdAt: Date;
}
