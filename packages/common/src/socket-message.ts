/**
 * A message as socket clients receive it (docs/ARCHITECTURE.md, "The
 * contract with clients": Conduit's names plus seq), built here only: by
 * chat-core for the room's broadcast and the event log, by the router for
 * the sender's ack. (The append's SQL writes the same object into the log
 * for the hot path; tests compare the two.) A type, not an interface, so that
 * it is the Record<string, unknown> a published payload is.
 */
export type SocketMessage = {
  /** Absent on a typing signal, which is never stored. */
  _id?: string;
  nonce: string | null;
  sender: string;
  content: string;
  contentType: string;
  files: string[];
  room: string;
  /** ISO 8601, milliseconds. */
  createdAt: string;
  /** Absent on a typing signal. */
  seq?: number;
};

export interface StoredMessageFields {
  id: string;
  roomId: string;
  senderId: string;
  content: string;
  contentType: string;
  files: string[];
  nonce: string | null;
  seq: number;
  createdAt: string;
}

export const socketMessage = (m: StoredMessageFields): SocketMessage => ({
  _id: m.id,
  nonce: m.nonce,
  sender: m.senderId,
  content: m.content,
  contentType: m.contentType,
  files: m.files,
  room: m.roomId,
  createdAt: m.createdAt,
  seq: m.seq,
});

/** A typing signal: live only, so no `_id` and no `seq`. */
export const socketTyping = (t: { roomId: string; senderId: string; content: string; createdAt: string }): SocketMessage => ({
  nonce: null,
  sender: t.senderId,
  content: t.content,
  contentType: 'typing',
  files: [],
  room: t.roomId,
  createdAt: t.createdAt,
});
