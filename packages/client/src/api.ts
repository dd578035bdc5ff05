import { unwrap, type ChatHttp } from './http.ts';
import type { Tokens } from './auth-session.ts';
import type { paths } from './generated/openapi.ts';

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type Room = NonNullable<Json<'/chat/rooms/{id}', 'get'>>;
export type StoredMessage = NonNullable<Json<'/chat/messages/{id}', 'get'>>;
export type RoomEventsPage = Json<'/chat/rooms/{roomId}/events', 'get'>;
export type Invitation = NonNullable<Json<'/chat/invitations', 'get'>['invitations']>[number];

/**
 * The user-facing routes as methods, each a typed openapi-fetch call (a
 * route changed in the gateway breaks this file's typecheck once the types
 * are regenerated) that resolves to the answer or rejects with a ChatError.
 */
export function createApi(http: ChatHttp) {
  return {
    auth: {
      register: async (email: string, password: string) =>
        (await unwrap(http.POST('/authentication/local/new', { body: { email, password } }))).user,
      login: async (email: string, password: string): Promise<Tokens> =>
        unwrap(http.POST('/authentication/local', { body: { email, password } })),
      logout: () => unwrap(http.POST('/authentication/logout')),
      me: () => unwrap(http.GET('/authentication/user')),
    },
    rooms: {
      create: (roomName: string, users: string[]) => unwrap(http.POST('/chat/rooms', { body: { roomName, users } })),
      list: (query: { skip?: number; limit?: number } = {}) => unwrap(http.GET('/chat/rooms', { params: { query } })),
      get: (id: string) => unwrap(http.GET('/chat/rooms/{id}', { params: { path: { id } } })),
      addUsers: (roomId: string, users: string[]) => unwrap(http.PUT('/chat/rooms/{roomId}/addUsers', { params: { path: { roomId } }, body: { users } })),
      leave: (roomId: string) => unwrap(http.PUT('/chat/leave/{roomId}', { params: { path: { roomId } } })),
      events: (roomId: string, since: number, limit?: number) =>
        unwrap(http.GET('/chat/rooms/{roomId}/events', { params: { path: { roomId }, query: limit === undefined ? { since } : { since, limit } } })),
      markRead: (roomId: string, seq?: number) =>
        unwrap(http.POST('/chat/rooms/{roomId}/read', { params: { path: { roomId } }, body: seq === undefined ? {} : { seq } })),
      /** Rename (owner, admins: room-renamed) and/or set who may add people (owner: room-settings-changed). */
      update: (id: string, change: { name?: string; whoCanAdd?: 'members' | 'admins' }) =>
        unwrap(http.PATCH('/chat/rooms/{id}', { params: { path: { id } }, body: change })),
      /** The owner makes a member an admin, or an admin a member: member-role-changed. */
      setRole: (roomId: string, userId: string, role: 'admin' | 'member') =>
        unwrap(http.PUT('/chat/rooms/{roomId}/members/{userId}', { params: { path: { roomId, userId } }, body: { role } })),
      /** The owner or an admin removes a member (never the owner): room-left with `removed: true`. */
      removeMember: (roomId: string, userId: string) =>
        unwrap(http.DELETE('/chat/rooms/{roomId}/members/{userId}', { params: { path: { roomId, userId } } })),
      /** Every member's presence now; the `presence` event tells what changes after. */
      presence: (roomId: string) => unwrap(http.GET('/chat/rooms/{roomId}/presence', { params: { path: { roomId } } })),
      /** The direct room with a user, made on first use: the same room for the same two people every time. */
      direct: (userId: string) => unwrap(http.POST('/chat/direct/{userId}', { params: { path: { userId } } })),
    },
    messages: {
      list: (query: { roomId?: string; skip?: number; limit?: number; before?: number; after?: number }) =>
        unwrap(http.GET('/chat/messages', { params: { query } })),
      get: (id: string) => unwrap(http.GET('/chat/messages/{id}', { params: { path: { id } } })),
      edit: (id: string, newMessage: string) => unwrap(http.PUT('/chat/messages/{id}', { params: { path: { id } }, body: { newMessage } })),
      delete: (id: string) => unwrap(http.DELETE('/chat/messages/{id}', { params: { path: { id } } })),
    },
    invitations: {
      list: () => unwrap(http.GET('/chat/invitations')),
      respond: (id: string, answer: 'accept' | 'decline') => unwrap(http.PUT('/chat/invitations/{id}/{answer}', { params: { path: { id, answer } } })),
      cancel: (id: string) => unwrap(http.DELETE('/chat/invitations/{id}', { params: { path: { id } } })),
    },
  };
}

export type ChatApi = ReturnType<typeof createApi>;
