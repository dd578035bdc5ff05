import type { AdminMessage, LiveMessage, RoomEvent } from '../api.ts';

// The room view's messages, oldest first (the newest is drawn at the bottom),
// built from history pages and the live event feed. Pure, so the merge rules
// are tested without a browser.

export interface TimelineMessage {
  id: string;
  seq: number;
  senderId: string;
  /** Null for live messages: the event carries only the sender's id. */
  senderEmail: string | null;
  text: string;
  type: string;
  files: unknown[];
  createdAt: string;
  edited: boolean;
}

export function fromAdminMessage(m: AdminMessage): TimelineMessage {
  return {
    id: m._id,
    seq: m.seq,
    senderId: m.senderUser,
    senderEmail: m.senderEmail || null,
    text: m.message,
    type: m.messageType,
    files: m.files,
    createdAt: m.createdAt,
    edited: Boolean(m.updatedAt) && m.updatedAt !== m.createdAt,
  };
}

export function fromLiveMessage(m: LiveMessage): TimelineMessage {
  return {
    id: m._id,
    seq: m.seq,
    senderId: m.sender,
    senderEmail: null,
    text: m.content,
    type: m.contentType,
    files: m.files,
    createdAt: m.createdAt,
    edited: false,
  };
}

/** Adds messages, keeping one copy of each (the incoming one wins) in seq order. */
export function mergeMessages(current: TimelineMessage[], incoming: TimelineMessage[]): TimelineMessage[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, { ...m, senderEmail: m.senderEmail ?? byId.get(m.id)?.senderEmail ?? null });
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

export interface AppliedEvents {
  messages: TimelineMessage[];
  /** Something other than a message changed (joins, leaves, renames): the room's details are stale. */
  roomChanged: boolean;
}

export function applyEvents(current: TimelineMessage[], events: RoomEvent[]): AppliedEvents {
  let messages = current;
  let roomChanged = false;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    switch (event.type) {
      case 'message':
        messages = mergeMessages(messages, [fromLiveMessage(event.payload)]);
        break;
      case 'message-deleted':
        messages = messages.filter((m) => m.id !== event.payload.messageId);
        break;
      case 'message-edited':
        messages = messages.map((m) =>
          m.id === event.payload.messageId ? { ...m, text: event.payload.message, edited: true } : m,
        );
        break;
      case 'other':
        roomChanged = true;
        break;
    }
  }
  return { messages, roomChanged };
}

/** The cursor for "load older": history before the oldest message shown. */
export function oldestSeq(messages: TimelineMessage[]): number | undefined {
  return messages[0]?.seq;
}
