import type { Implementation } from '@chat/grpc';
import type { AuditEntry as ProtoAuditEntry } from '@chat/grpc/generated/chat/auth/v1/AuditEntry.ts';
import type { AuthDefinition } from '@chat/grpc/generated/chat/auth/v1/Auth.ts';
import type { User } from '../users/user-store.ts';
import type { User as ProtoUser } from '@chat/grpc/generated/chat/auth/v1/User.ts';
import type { AdminLogin } from './admin-login.ts';
import type { AuditLog } from './audit-log.ts';
import type { AuditEntry } from './audit-store.ts';
import type { UserAdministration } from './user-administration.ts';

export const ADMIN_RPCS = ['AdminLogin', 'AdminLogout', 'CheckAdminSession', 'ListUsers', 'CreateUser', 'SetUserBlocked', 'DeleteUser', 'RecordAudit', 'ListAudit'] as const;
export type AdminRpcs = Pick<AuthDefinition, (typeof ADMIN_RPCS)[number]>;

export interface AdminGrpcDeps {
  login: AdminLogin;
  users: UserAdministration;
  audit: AuditLog;
  toProtoUser: (u: User) => ProtoUser;
}

const toProtoEntry = (e: AuditEntry): ProtoAuditEntry => ({
  id: e.id,
  admin_id: e.adminId,
  admin_email: e.adminEmail ?? '',
  action: e.action,
  target: e.target,
  details_json: JSON.stringify(e.details),
  created_at: e.createdAt.toISOString(),
});

/** The administration rpcs of Auth: converts messages, the services decide. */
export function adminGrpc({ login, users, audit, toProtoUser }: AdminGrpcDeps): Implementation<AdminRpcs> {
  return {
    AdminLogin: async (req) => {
      const s = await login.login(req.email, req.password, req.client_ip);
      return { admin_id: s.adminId, session_id: s.sessionId, token: s.token, expires_in: s.expiresIn };
    },
    AdminLogout: async (req) => {
      await login.logout(req.admin_id, req.session_id);
      return {};
    },
    CheckAdminSession: async (req) => toProtoUser(await login.check(req.admin_id, req.session_id)),
    ListUsers: async (req) => {
      const r = await users.list({ search: req.search, skip: req.skip, limit: req.limit });
      return { users: r.users.map(toProtoUser), count: r.count };
    },
    CreateUser: async (req) => toProtoUser(await users.create(req.email, req.password)),
    SetUserBlocked: async (req) => toProtoUser(await users.setBlocked(req.id, req.blocked)),
    DeleteUser: async (req) => {
      await users.delete(req.id);
      return {};
    },
    RecordAudit: async (req) =>
      toProtoEntry(await audit.record({ adminId: req.admin_id, action: req.action, target: req.target, detailsJson: req.details_json })),
    ListAudit: async (req) => {
      const r = await audit.list({ skip: req.skip, limit: req.limit });
      return { entries: r.entries.map(toProtoEntry), count: r.count };
    },
  };
}
