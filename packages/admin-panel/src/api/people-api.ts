import { enc, pageQuery, type Request } from './request.ts';
import type { AdminUser, AuditEntry, Page, PageQuery, Session } from './types.ts';

/** Logging in, the users, and the audit log. */
export function peopleApi(request: Request) {
  return {
    async login(masterKey: string, email: string, password: string): Promise<Session> {
      const answer = await request<{ token: string }>('POST', '/admin/login', {
        body: { email, password },
        headers: { masterkey: masterKey },
        session: false,
      });
      return { masterKey, token: answer.token };
    },

    async listUsers(query: PageQuery): Promise<Page<AdminUser>> {
      const answer = await request<{ users: AdminUser[]; count: number | string }>('GET', '/admin/users', {
        query: pageQuery(query),
      });
      return { items: answer.users, count: Number(answer.count) };
    },

    async createUser(email: string, password: string): Promise<AdminUser> {
      const answer = await request<{ user: AdminUser }>('POST', '/admin/users', { body: { email, password } });
      return answer.user;
    },

    async setUserBlocked(userId: string, blocked: boolean): Promise<AdminUser> {
      const answer = await request<{ user: AdminUser }>('PATCH', `/admin/users/${enc(userId)}`, {
        body: { blocked },
      });
      return answer.user;
    },

    async deleteUser(userId: string): Promise<void> {
      await request('DELETE', `/admin/users/${enc(userId)}`);
    },

    async listAudit(query: PageQuery): Promise<Page<AuditEntry>> {
      const answer = await request<{ entries: AuditEntry[]; count: number | string }>('GET', '/admin/audit', {
        query: pageQuery(query),
      });
      return { items: answer.entries, count: Number(answer.count) };
    },
  };
}
