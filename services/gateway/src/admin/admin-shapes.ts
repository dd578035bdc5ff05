import type { PresenceState } from '@chat/common';
import type { AuthClient } from '@chat/grpc';
import type { AuditEntry__Output } from '@chat/grpc/generated/chat/auth/v1/AuditEntry.ts';
import type { User__Output } from '@chat/grpc/generated/chat/auth/v1/User.ts';
import type { AdminRoom__Output } from '@chat/grpc/generated/chat/core/v1/AdminRoom.ts';
import type { Message__Output } from '@chat/grpc/generated/chat/core/v1/Message.ts';
import { httpMessage, messageSchema } from '../chat/chat-shapes.ts';
import { limit, skip } from '../http/schema-fragments.ts';

/**
 * The admin API's shapes (docs/ADMIN_API.md): Conduit's field names where a
 * user route has the same thing, int64 strings as numbers.
 */

export const httpAdminUser = (u: User__Output) => ({
  _id: u.id,
  email: u.email,
  blocked: u.blocked,
  admin: u.admin,
  createdAt: u.created_at,
  updatedAt: u.updated_at,
  displayName: u.display_name,
});

export const httpRoomSummary = (r: AdminRoom__Output) => ({
  _id: r.id,
  name: r.name,
  creator: r.creator_id,
  participantCount: Number(r.participant_count),
  messageCount: Number(r.message_count),
  lastActivity: r.last_activity,
  lastSeq: Number(r.last_seq),
  createdAt: r.created_at,
});

/** Who a participant is and whether they are around, for the admin: email, display name, role, presence. */
export interface ParticipantFacts {
  people: Map<string, { email: string; displayName: string }>;
  presence: Map<string, PresenceState>;
}

export const httpRoomDetail = (r: AdminRoom__Output, { people, presence }: ParticipantFacts) => ({
  ...httpRoomSummary(r),
  direct: r.direct,
  participants: r.participants.map((id, i) => ({
    _id: id,
    email: people.get(id)?.email ?? null,
    displayName: people.get(id)?.displayName ?? null,
    role: r.members[i]?.role ?? 'member',
    status: presence.get(id)?.status ?? 'offline',
    lastSeen: presence.get(id)?.lastSeen ?? null,
  })),
});

export const httpAdminMessage = (m: Message__Output, emails: Map<string, string>) => ({
  ...httpMessage(m),
  senderEmail: emails.get(m.sender_id) ?? null,
});

export const httpAuditEntry = (e: AuditEntry__Output) => ({
  _id: e.id,
  // The admin's email, or their id once the account is gone.
  admin: e.admin_email || e.admin_id,
  adminId: e.admin_id,
  action: e.action,
  target: e.target,
  details: JSON.parse(e.details_json) as Record<string, unknown>,
  createdAt: e.created_at,
});

/** GetUsers takes at most this many ids per call. */
const GET_USERS_MAX = 1000;

/** Email by user id, for the ids that still name a user (a deleted sender has none). */
/** Emails and display names of these users (the deleted ones are missing). */
export async function peopleOf(auth: Pick<AuthClient, 'GetUsers'>, ids: string[]): Promise<Map<string, { email: string; displayName: string }>> {
  const unique = [...new Set(ids)];
  const chunks = Array.from({ length: Math.ceil(unique.length / GET_USERS_MAX) }, (_, i) => unique.slice(i * GET_USERS_MAX, (i + 1) * GET_USERS_MAX));
  const answers = await Promise.all(chunks.map((chunk) => auth.GetUsers({ ids: chunk })));
  return new Map(answers.flatMap((a) => a.users.map((u) => [u.id, { email: u.email, displayName: u.display_name }] as const)));
}

export async function emailsOf(auth: Pick<AuthClient, 'GetUsers'>, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const chunks = Array.from({ length: Math.ceil(unique.length / GET_USERS_MAX) }, (_, i) => unique.slice(i * GET_USERS_MAX, (i + 1) * GET_USERS_MAX));
  const answers = await Promise.all(chunks.map((chunk) => auth.GetUsers({ ids: chunk })));
  return new Map(answers.flatMap((a) => a.users.map((u) => [u.id, u.email] as const)));
}

// JSON schemas of the shapes above, for response serialisation and the OpenAPI description.
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const strOrNull = { type: ['string', 'null'] } as const;

export const adminUserSchema = {
  type: 'object',
  properties: { _id: str, email: str, blocked: { type: 'boolean' }, admin: { type: 'boolean' }, createdAt: str, updatedAt: str, displayName: str },
} as const;

const roomSummaryProperties = {
  _id: str,
  name: str,
  creator: str,
  participantCount: int,
  messageCount: int,
  lastActivity: str,
  lastSeq: int,
  createdAt: str,
} as const;

export const roomSummarySchema = { type: 'object', properties: roomSummaryProperties } as const;

export const roomDetailSchema = {
  type: 'object',
  properties: {
    ...roomSummaryProperties,
    direct: { type: 'boolean' },
    participants: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          _id: str,
          email: strOrNull,
          displayName: strOrNull,
          role: { type: 'string', enum: ['owner', 'admin', 'member'] },
          status: { type: 'string', enum: ['online', 'offline'] },
          lastSeen: strOrNull,
        },
      },
    },
  },
} as const;

export const adminMessageSchema = {
  type: 'object',
  properties: { ...messageSchema.properties, senderEmail: strOrNull },
} as const;

export const auditEntrySchema = {
  type: 'object',
  properties: {
    _id: str,
    admin: str,
    adminId: str,
    action: str,
    target: str,
    details: { type: 'object', additionalProperties: true },
    createdAt: str,
  },
} as const;

// Request parts shared by the admin routes (those shared with the user routes are in http/schema-fragments.ts).
export const result = { 200: { type: 'object', properties: { result: str } } } as const;
export const pageQuery = (maxLimit: number, defaultLimit: number) =>
  ({
    type: 'object',
    additionalProperties: false,
    properties: {
      search: { type: 'string', maxLength: 200 },
      skip,
      limit: limit(maxLimit, defaultLimit),
    },
  }) as const;
// Both at once: the master key and an admin token.
export const security = [{ masterkey: [], bearer: [] }];
