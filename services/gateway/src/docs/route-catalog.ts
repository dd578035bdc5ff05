/**
 * What the OpenAPI description says of routes whose own schema does not:
 * the tutorial's chat routes' summaries, and hand-written examples of the
 * routes a client app calls first. Keyed by `METHOD url` as Fastify
 * registers it. Routes not listed get tags from their path and examples
 * built from their schemas (route-docs.ts).
 */
export interface RouteDoc {
  summary?: string;
  tags?: string[];
  body?: unknown;
  response?: unknown;
}

const USER_ID = '0b5e7c3a-2f1d-4c8e-9a6b-5d4e3f2a1b0c';
const OTHER_ID = '7d9f1e2c-4b3a-4d5e-8f6a-1b2c3d4e5f60';
const ROOM_ID = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
const MESSAGE_ID = 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9';
const AT = '2026-01-15T09:30:00.000Z';
const TOKEN = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl';

const message = {
  _id: MESSAGE_ID,
  message: 'hello, Ben',
  messageType: 'text',
  files: [],
  senderUser: USER_ID,
  room: ROOM_ID,
  createdAt: AT,
  updatedAt: AT,
  seq: 2,
};

const room = {
  _id: ROOM_ID,
  name: 'lunch',
  creator: USER_ID,
  participants: [USER_ID, OTHER_ID],
  lastMessage: message,
  unreadCount: 0,
  lastSeq: 2,
  createdAt: AT,
  updatedAt: AT,
};

const credentials = { email: 'ann@example.com', password: 'correct horse' };

export const ROUTE_CATALOG: Record<string, RouteDoc> = {
  'POST /authentication/local/new': {
    body: credentials,
    response: { user: { _id: USER_ID, email: 'ann@example.com', createdAt: AT, updatedAt: AT } },
  },
  'POST /authentication/local': { body: credentials, response: { userId: USER_ID, accessToken: TOKEN, refreshToken: 'q7Vt…one-use' } },
  'POST /authentication/renew': { body: { refreshToken: 'q7Vt…one-use' }, response: { accessToken: TOKEN, refreshToken: 'Zr2L…next-one' } },
  'POST /authentication/logout': { response: { result: 'LoggedOut' } },
  'POST /chat/rooms': {
    tags: ['chat'],
    summary: 'Create a room with these users and the caller (a room-joined event, seq 1); 30 per user per minute',
    body: { roomName: 'lunch', users: [OTHER_ID] },
    response: { roomId: ROOM_ID },
  },
  'GET /chat/rooms': { tags: ['chat'], summary: "The caller's rooms, with unread counts and each room's last seq", response: { rooms: [room], count: 1 } },
  'GET /chat/rooms/:id': { tags: ['chat'], summary: 'One room of the caller (404 for rooms they are not in)', response: room },
  'PUT /chat/rooms/:roomId/addUsers': {
    tags: ['chat'],
    summary: 'Add users to a room (a room-joined event); with CHAT_EXPLICIT_ROOM_JOINS they are invited instead',
    body: { users: [OTHER_ID] },
    response: { result: 'Users added' },
  },
  'PUT /chat/leave/:roomId': {
    tags: ['chat'],
    summary: 'Leave a room (a room-left event); the last one out deletes it (room-deleted)',
    response: { result: 'Ok' },
  },
  'GET /chat/rooms/:roomId/events': {
    tags: ['chat'],
    summary: "The room's timeline after `since`, once and in seq order: what `sync` answers over the socket; `gap` when history no longer covers `since`",
    response: {
      events: [{ room: ROOM_ID, seq: 2, type: 'message', payload: { _id: MESSAGE_ID, content: 'hello, Ben', room: ROOM_ID, seq: 2 }, createdAt: AT }],
      hasMore: false,
      gap: false,
      lastSeq: 2,
    },
  },
  'POST /chat/rooms/:roomId/read': {
    tags: ['chat'],
    summary: 'Mark the room read up to `seq` (default: its last); members get messagesRead',
    body: { seq: 2 },
    response: { lastReadSeq: 2 },
  },
  'GET /chat/messages': {
    tags: ['chat'],
    summary: "Messages of the caller's rooms (or of `roomId`), newest first; `before` / `after` page by seq",
    response: { messages: [message], count: 1 },
  },
  'GET /chat/messages/:id': { tags: ['chat'], summary: 'One message of a room the caller is in', response: message },
  'PUT /chat/messages/:id': {
    tags: ['chat'],
    summary: 'Edit one of your messages (a message-edited event; CHAT_ALLOW_MESSAGE_EDIT)',
    body: { newMessage: 'hello, Ben!' },
    response: { ...message, message: 'hello, Ben!' },
  },
  'DELETE /chat/messages/:id': { tags: ['chat'], summary: 'Delete one of your messages (a message-deleted event; CHAT_ALLOW_MESSAGE_DELETE)', response: { result: 'Ok' } },
  'GET /chat/invitations': {
    tags: ['chat'],
    summary: 'Invitations sent to the caller (CHAT_EXPLICIT_ROOM_JOINS)',
    response: { invitations: [{ _id: MESSAGE_ID, room: ROOM_ID, roomName: 'lunch', sender: USER_ID, receiver: OTHER_ID, createdAt: AT }] },
  },
  'PUT /chat/invitations/:id/:answer': { tags: ['chat'], summary: 'Accept (join the room) or decline an invitation', response: { result: 'Ok' } },
  'DELETE /chat/invitations/:id': { tags: ['chat'], summary: 'Cancel an invitation you sent', response: { result: 'Ok' } },
};
