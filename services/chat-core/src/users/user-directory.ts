import { forbidden, notFound } from '@chat/common';
import type { AuthClient } from '@chat/grpc';

/** Which users exist. Auth owns users; chat-core only asks. */
export interface UserDirectory {
  existingIds(ids: string[]): Promise<Set<string>>;
  /** Which of `ids` blocked `userId` or were blocked by them. */
  blockedAmong(userId: string, ids: string[]): Promise<Set<string>>;
}

export class GrpcUserDirectory implements UserDirectory {
  constructor(private readonly auth: Pick<AuthClient, 'GetUsers' | 'BlocksBetween'>) {}

  async existingIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { users } = await this.auth.GetUsers({ ids });
    return new Set(users.map((u) => u.id.toLowerCase()));
  }

  async blockedAmong(userId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { user_ids } = await this.auth.BlocksBetween({ user_id: userId, other_ids: ids });
    return new Set(user_ids.map((id) => id.toLowerCase()));
  }
}

/**
 * PERMISSION_DENIED when a block stands between the actor and any of `ids`,
 * naming neither side's choice: "cannot add" reads the same whoever blocked.
 */
export async function requireNoBlocks(directory: UserDirectory, actorId: string, ids: string[]): Promise<void> {
  const blocked = await directory.blockedAmong(actorId, ids);
  const refused = ids.filter((id) => blocked.has(id));
  if (refused.length > 0) throw forbidden(`users cannot be added by you: ${refused.join(', ')}`);
}

/** NOT_FOUND naming every unknown id, before anything is written. */
export async function requireExistingUsers(directory: UserDirectory, ids: string[]): Promise<void> {
  const existing = await directory.existingIds(ids);
  const missing = ids.filter((id) => !existing.has(id));
  if (missing.length > 0) throw notFound(`users not found: ${missing.join(', ')}`);
}
