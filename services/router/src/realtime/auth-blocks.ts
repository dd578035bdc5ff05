import type { AuthClient } from '@chat/grpc';
import type { Blocks } from './signal-fanout.ts';

/** Blocks as auth keeps them (BlocksBetween), for the signal fan-out. */
export const authBlocks = (auth: Pick<AuthClient, 'BlocksBetween'>): Blocks => ({
  async blockedAmong(userId, userIds) {
    if (userIds.length === 0) return new Set();
    const { user_ids } = await auth.BlocksBetween({ user_id: userId, other_ids: userIds });
    return new Set(user_ids.map((id) => id.toLowerCase()));
  },
});
