import { invalid, isUuid, notFound, prefixPattern } from '@chat/common';
import type { BlockStore } from './block-store.ts';
import { checkAvatarUrl, checkDisplayName } from './profile-rules.ts';
import type { User, UserStore } from './user-store.ts';

const DIRECTORY_MAX = 20;
const SEARCH_MAX = 254;
/** Most ids one BlocksBetween may name, as for GetUsers. */
const MAX_IDS = 1000;

const requireId = (field: string, id: string): string => {
  if (!isUuid(id)) throw invalid(`${field} must be a UUID`);
  return id.toLowerCase();
};

/** What users see of each other: profiles, the directory, blocks. */
export class PeopleService {
  constructor(
    private readonly users: UserStore,
    private readonly blocks: BlockStore,
  ) {}

  async updateProfile(userId: string, change: { displayName?: string; avatarUrl?: string }): Promise<User> {
    const id = requireId('user_id', userId);
    const displayName = change.displayName === undefined ? null : checkDisplayName(change.displayName);
    const avatarUrl = change.avatarUrl === undefined ? null : checkAvatarUrl(change.avatarUrl);
    const user = await this.users.updateProfile(id, displayName, avatarUrl);
    if (!user) throw notFound('user not found');
    return user;
  }

  async search(userId: string, rawSearch: string, rawLimit: number): Promise<User[]> {
    const id = requireId('user_id', userId);
    const search = rawSearch.trim();
    if (search.length === 0 || search.length > SEARCH_MAX) throw invalid(`search must be 1 to ${SEARCH_MAX} characters`);
    if (!Number.isSafeInteger(rawLimit) || rawLimit < 0) throw invalid('limit must be a non-negative integer');
    const limit = rawLimit === 0 ? DIRECTORY_MAX : Math.min(rawLimit, DIRECTORY_MAX);
    const lower = search.toLowerCase();
    // Display names are matched as lower(display_name).
    return this.users.directory(id, lower, prefixPattern(lower), limit);
  }

  async block(userId: string, otherId: string): Promise<void> {
    const id = requireId('user_id', userId);
    const other = requireId('id', otherId);
    if (id === other) throw invalid('id: you cannot block yourself');
    if (!(await this.blocks.block(id, other))) throw notFound('user not found');
  }

  async unblock(userId: string, otherId: string): Promise<void> {
    if (!(await this.blocks.unblock(requireId('user_id', userId), requireId('id', otherId)))) throw notFound('user not found');
  }

  async blocked(userId: string): Promise<User[]> {
    return this.blocks.blockedBy(requireId('user_id', userId));
  }

  async blocksBetween(userId: string, otherIds: string[]): Promise<string[]> {
    if (otherIds.length > MAX_IDS) throw invalid(`other_ids: at most ${MAX_IDS} per request`);
    const others = [...new Set(otherIds.filter(isUuid).map((o) => o.toLowerCase()))];
    return others.length === 0 ? [] : this.blocks.between(requireId('user_id', userId), others);
  }
}
