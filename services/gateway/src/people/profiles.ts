import type { AuthClient } from '@chat/grpc';
import type { User__Output } from '@chat/grpc/generated/chat/auth/v1/User.ts';

/** What every user may see of another: never the email. */
export interface Profile {
  _id: string;
  displayName: string;
  avatarUrl: string | null;
}

/** Most ids auth's GetUsers takes in one call. */
const GET_USERS_MAX = 1000;

/** Messages of an account that was deleted stay; their sender shows as this. */
export const DELETED_USER = 'Deleted user';

export const httpProfile = (u: User__Output): Profile => ({ _id: u.id, displayName: u.display_name, avatarUrl: u.avatar_url || null });

const deletedProfile = (id: string): Profile => ({ _id: id, displayName: DELETED_USER, avatarUrl: null });

/**
 * The profiles of `ids`, one GetUsers call for a whole page (room lists,
 * history), never one per message; ids auth no longer knows read as a
 * deleted user.
 */
export async function profilesOf(auth: Pick<AuthClient, 'GetUsers'>, ids: Iterable<string>): Promise<(id: string) => Profile> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Profile>();
  // Auth answers at most GET_USERS_MAX ids a call; a page of big rooms names more.
  const calls = [];
  for (let i = 0; i < unique.length; i += GET_USERS_MAX) calls.push(auth.GetUsers({ ids: unique.slice(i, i + GET_USERS_MAX) }));
  for (const { users } of await Promise.all(calls)) for (const u of users) found.set(u.id, httpProfile(u));
  return (id) => found.get(id) ?? deletedProfile(id);
}

// JSON schemas, for serialisation and the OpenAPI description.
const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] } as const;

export const profileSchema = {
  type: 'object',
  required: ['_id', 'displayName', 'avatarUrl'],
  properties: { _id: { type: 'string' }, displayName: { type: 'string' }, avatarUrl: nullableString },
} as const;

export const presenceSchema = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['online', 'offline'] }, lastSeen: nullableString },
} as const;
