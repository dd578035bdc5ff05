import type { AuthClient } from '@chat/grpc';
import type { Message__Output } from '@chat/grpc/generated/chat/core/v1/Message.ts';
import type { Room__Output } from '@chat/grpc/generated/chat/core/v1/Room.ts';
import { httpMessage, httpRoom, messageSchema, roomSchema } from '../chat/chat-shapes.ts';
import { profileSchema, profilesOf, type Profile } from './profiles.ts';

/**
 * Rooms and messages with the people in them: the existing fields as they
 * were, plus display names, roles and, for a direct room, the other person.
 * The names are added here, where lists and history are read (one GetUsers
 * per answer), not on the send path.
 */
type ProfileOf = (id: string) => Profile;

export const messageView = (m: Message__Output, profile: ProfileOf) => ({ ...httpMessage(m), displayName: profile(m.sender_id).displayName });

export function roomView(r: Room__Output, profile: ProfileOf, callerId: string) {
  const base = httpRoom(r);
  const other = r.direct ? r.members.find((m) => m.user_id !== callerId)?.user_id : undefined;
  return {
    ...base,
    lastMessage: r.last_message ? messageView(r.last_message, profile) : null,
    members: r.members.map((m) => ({ ...profile(m.user_id), role: m.role })),
    direct: r.direct,
    whoCanAdd: r.who_can_add,
    ...(r.direct ? { peer: other ? profile(other) : null } : {}),
  };
}

export async function roomViews(auth: Pick<AuthClient, 'GetUsers'>, rooms: Room__Output[], callerId: string) {
  const profile = await profilesOf(auth, rooms.flatMap((r) => [...r.participants, ...(r.last_message ? [r.last_message.sender_id] : [])]));
  return rooms.map((r) => roomView(r, profile, callerId));
}

export async function messageViews(auth: Pick<AuthClient, 'GetUsers'>, messages: Message__Output[]) {
  const profile = await profilesOf(auth, messages.map((m) => m.sender_id));
  return messages.map((m) => messageView(m, profile));
}

export const messageViewSchema = {
  ...messageSchema,
  properties: { ...messageSchema.properties, displayName: { type: 'string', description: "The sender's display name; 'Deleted user' once their account is gone" } },
} as const;

const memberSchema = {
  type: 'object',
  required: [...profileSchema.required, 'role'],
  properties: { ...profileSchema.properties, role: { type: 'string', enum: ['owner', 'admin', 'member'] } },
} as const;

export const roomViewSchema = {
  ...roomSchema,
  properties: {
    ...roomSchema.properties,
    lastMessage: { anyOf: [messageViewSchema, { type: 'null' }] },
    members: { type: 'array', items: memberSchema },
    direct: { type: 'boolean' },
    whoCanAdd: { type: 'string', enum: ['members', 'admins'] },
    peer: { anyOf: [profileSchema, { type: 'null' }], description: 'Direct rooms only: the other person' },
  },
} as const;
