import { containsPattern, forbidden, isUuid, notFound, page, withTransaction, type Pool } from '@chat/common';
import type { SessionStore } from '../sessions/session-store.ts';
import type { User, UserStore } from '../users/user-store.ts';
import type { UsersService } from '../users/users-service.ts';

export interface UserAdministrationDeps {
  pool: Pool;
  users: UserStore;
  sessions: SessionStore;
  register: Pick<UsersService, 'register'>;
}

const userNotFound = (id: string) => `user ${id} not found`;

/** What an admin does to user accounts. Admin accounts are out of its reach, so no admin can lock the others out. */
export class UserAdministration {
  constructor(private readonly d: UserAdministrationDeps) {}

  async list(input: { search: string; skip: number; limit: number }): Promise<{ users: User[]; count: number }> {
    const { skip, limit } = page(input.skip, input.limit, { limit: 20, max: 100 });
    // Emails are stored lowercase.
    const pattern = containsPattern(input.search.toLowerCase());
    const [users, count] = await Promise.all([this.d.users.search(pattern, skip, limit), this.d.users.countSearch(pattern)]);
    return { users, count };
  }

  create(email: string, password: string): Promise<User> {
    return this.d.register.register(email, password);
  }

  /**
   * A blocked user cannot log in or renew, and every session they had is
   * revoked in the same transaction, so unblocking does not revive them.
   * Access tokens already issued live out their short lifetime.
   */
  async setBlocked(id: string, blocked: boolean): Promise<User> {
    if (!isUuid(id)) throw notFound(userNotFound(id));
    const user = await withTransaction(this.d.pool, async (client) => {
      const updated = await this.d.users.setBlocked(client, id, blocked);
      if (updated && blocked) await this.d.sessions.revokeAllOf(client, updated.id);
      return updated;
    });
    if (!user) throw await this.refusal(id, blocked ? 'block' : 'unblock');
    return user;
  }

  async delete(id: string): Promise<void> {
    if (!isUuid(id)) throw notFound(userNotFound(id));
    if (!(await this.d.users.deleteNonAdmin(id))) throw await this.refusal(id, 'delete');
  }

  /** Why an update touched no row: no such user, or an admin account. */
  private async refusal(id: string, verb: string) {
    const user = await this.d.users.findById(id);
    return user?.admin ? forbidden(`an admin account cannot be ${verb === 'delete' ? 'deleted' : `${verb}ed`} here`) : notFound(userNotFound(id));
  }
}
