import { notFound } from '@chat/common';
import type { AuthClient } from '@chat/grpc';

/** Which users exist. Auth owns users; chat-core only asks. */
export interface UserDirectory {
  existingIds(ids: string[]): Promise<Set<string>>;
}

export class GrpcUserDirectory implements UserDirectory {
  constructor(private readonly auth: Pick<AuthClient, 'GetUsers'>) {}

  async existingIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { users } = await this.auth.GetUsers({ ids });
    return new Set(users.map((u) => u.id.toLowerCase()));
  }
}

/** NOT_FOUND naming every unknown id, before anything is written. */
export async function requireExistingUsers(directory: UserDirectory, ids: string[]): Promise<void> {
  const existing = await directory.existingIds(ids);
  const missing = ids.filter((id) => !existing.has(id));
  if (missing.length > 0) throw notFound(`users not found: ${missing.join(', ')}`);
}
