import { invalid, isUuid, notFound } from '@chat/common';
import { checkNewPassword, normaliseEmail, type PasswordHasher } from './credentials.ts';
import type { User, UserStore } from './user-store.ts';

/** Most ids one GetUsers call may name: bounds the query, far above any room request. */
const MAX_IDS = 1000;

export class UsersService {
  constructor(
    private readonly store: UserStore,
    private readonly hasher: PasswordHasher,
  ) {}

  async register(email: string, password: string): Promise<User> {
    const normalised = normaliseEmail(email);
    checkNewPassword(password);
    return this.store.insert(normalised, await this.hasher.hash(password));
  }

  /** An id that is not a uuid cannot name a user: the same NOT_FOUND as an unknown one. */
  async getUser(id: string): Promise<User> {
    const user = isUuid(id) ? await this.store.findById(id) : undefined;
    if (!user) throw notFound('user not found');
    return user;
  }

  /** The users that exist among ids; the caller compares to learn which do not. */
  async getUsers(ids: string[]): Promise<User[]> {
    if (ids.length > MAX_IDS) throw invalid(`ids: at most ${MAX_IDS} per request`);
    const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    return valid.length === 0 ? [] : this.store.findByIds(valid);
  }
}
