import { enc, pageQuery, type Request, type WireNumbers } from './request.ts';
import type { AdminMessage, LiveMessage, Page, PageQuery, RoomDetail, RoomEvent, RoomSummary } from './types.ts';

/** Rooms, their participants, messages and timeline. */
export function roomsApi(request: Request) {
  return {
    async listRooms(query: PageQuery): Promise<Page<RoomSummary>> {
      const answer = await request<{ rooms: WireNumbers<RoomSummary>[]; count: number | string }>(
        'GET',
        '/admin/rooms',
        { query: pageQuery(query) },
      );
      const items = answer.rooms.map((room) => ({
        ...room,
        participantCount: Number(room.participantCount),
        lastSeq: Number(room.lastSeq),
        lastActivity: room.lastActivity || null,
      }));
      return { items, count: Number(answer.count) };
    },

    async createRoom(roomName: string, userIds: string[]): Promise<string> {
      const answer = await request<{ roomId: string }>('POST', '/admin/rooms', {
        body: { roomName, users: userIds },
      });
      return answer.roomId;
    },

    async getRoom(roomId: string): Promise<RoomDetail> {
      const room = await request<WireNumbers<RoomDetail>>('GET', `/admin/rooms/${enc(roomId)}`);
      return { ...room, lastSeq: Number(room.lastSeq) };
    },

    async deleteRoom(roomId: string): Promise<void> {
      await request('DELETE', `/admin/rooms/${enc(roomId)}`);
    },

    async addParticipants(roomId: string, userIds: string[]): Promise<void> {
      await request('PUT', `/admin/rooms/${enc(roomId)}/participants`, { body: { users: userIds } });
    },

    async setParticipantRole(roomId: string, userId: string, role: 'admin' | 'member'): Promise<void> {
      await request('PUT', `/admin/rooms/${enc(roomId)}/participants/${enc(userId)}`, { body: { role } });
    },

    async removeParticipant(roomId: string, userId: string): Promise<void> {
      await request('DELETE', `/admin/rooms/${enc(roomId)}/participants/${enc(userId)}`);
    },

    /** Newest first, as the API answers. */
    async listMessages(
      roomId: string,
      query: { limit?: number; before?: number },
    ): Promise<{ messages: AdminMessage[]; count: number; lastSeq: number }> {
      const answer = await request<{
        messages: WireNumbers<AdminMessage>[];
        count: number | string;
        lastSeq: number | string;
      }>('GET', `/admin/rooms/${enc(roomId)}/messages`, { query });
      return {
        messages: answer.messages.map((m) => ({ ...m, files: m.files ?? [], seq: Number(m.seq) })),
        count: Number(answer.count),
        lastSeq: Number(answer.lastSeq),
      };
    },

    async roomEvents(roomId: string, since: number): Promise<{ events: RoomEvent[]; lastSeq: number }> {
      const answer = await request<{ events: WireEvent[]; lastSeq: number | string }>(
        'GET',
        `/admin/rooms/${enc(roomId)}/events`,
        { query: { since } },
      );
      return { events: answer.events.map(toRoomEvent), lastSeq: Number(answer.lastSeq) };
    },

    async deleteMessage(messageId: string): Promise<void> {
      await request('DELETE', `/admin/messages/${enc(messageId)}`);
    },
  };
}

interface WireEvent {
  seq: number | string;
  type: string;
  payload: Record<string, unknown> | null;
}

type EventPayload<T extends RoomEvent['type']> = Extract<RoomEvent, { type: T }>['payload'];

function toRoomEvent(event: WireEvent): RoomEvent {
  const seq = Number(event.seq);
  const payload: Record<string, unknown> = { ...event.payload, seq: Number(event.payload?.seq ?? seq) };
  // The payload shapes are the socket events' (docs/ADMIN_API.md); only seq needs normalising.
  switch (event.type) {
    case 'message':
      return { seq, type: 'message', payload: { files: [], ...payload } as unknown as LiveMessage };
    case 'message-deleted':
      return { seq, type: 'message-deleted', payload: payload as unknown as EventPayload<'message-deleted'> };
    case 'message-edited':
      return { seq, type: 'message-edited', payload: payload as unknown as EventPayload<'message-edited'> };
    default:
      return { seq, type: 'other', name: event.type, payload };
  }
}
