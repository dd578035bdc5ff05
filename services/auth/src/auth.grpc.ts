import type { Implementation } from '@chat/grpc';
import type { AuthDefinition } from '@chat/grpc/generated/chat/auth/v1/Auth.ts';
import type { Session } from '@chat/grpc/generated/chat/auth/v1/Session.ts';
import type { User as ProtoUser } from '@chat/grpc/generated/chat/auth/v1/User.ts';
import { checkHealth, type HealthCheck } from '@chat/common';
import { adminGrpc, type AdminGrpcDeps } from './admin/admin.grpc.ts';
import type { KeyRing } from './keys/key-ring.ts';
import type { IssuedSession, SessionsService } from './sessions/sessions-service.ts';
import type { User } from './users/user-store.ts';
import type { UsersService } from './users/users-service.ts';
import type { PeopleService } from './users/people-service.ts';
import type { AccountService } from './sessions/account-service.ts';

export interface AuthGrpcDeps {
  users: UsersService;
  sessions: SessionsService;
  people: PeopleService;
  account: AccountService;
  keys: KeyRing;
  tokens: { issuer: string; audience: string };
  /** Named checks of what auth depends on; each resolves or rejects. */
  checks: Record<string, HealthCheck>;
  admin: Omit<AdminGrpcDeps, 'toProtoUser'>;
}

const toProtoUser = (u: User): ProtoUser => ({
  id: u.id,
  email: u.email,
  blocked: u.blocked,
  admin: u.admin,
  created_at: u.createdAt.toISOString(),
  updated_at: u.updatedAt.toISOString(),
  display_name: u.displayName,
  avatar_url: u.avatarUrl ?? '',
});

const toProtoSession = (s: IssuedSession): Session => ({
  user_id: s.userId,
  access_token: s.accessToken,
  refresh_token: s.refreshToken,
  expires_in: s.expiresIn,
});

/** The Auth service over gRPC: converts messages, the services decide. */
export function authGrpc({ users, sessions, people, account, keys, tokens, checks, admin }: AuthGrpcDeps): Implementation<AuthDefinition> {
  // The key set does not change while this process runs; serialise it once.
  const jwks = { json: JSON.stringify(keys.jwks), issuer: tokens.issuer, audience: tokens.audience };
  return {
    Register: async (req) => toProtoUser(await users.register(req.email, req.password)),
    Login: async (req) => toProtoSession(await sessions.login(req.email, req.password, req.client_ip)),
    Renew: async (req) => toProtoSession(await sessions.renew(req.refresh_token)),
    Logout: async (req) => {
      await sessions.logout(req.user_id, req.session_id);
      return {};
    },
    GetUser: async (req) => toProtoUser(await users.getUser(req.id)),
    GetUsers: async (req) => ({ users: (await users.getUsers(req.ids)).map(toProtoUser) }),
    GetJwks: async () => jwks,
    ListRevokedSessions: async () => ({ session_ids: await sessions.revokedSessions() }),
    Health: async () => checkHealth(checks),
    UpdateProfile: async (req) => toProtoUser(await people.updateProfile(req.user_id, { displayName: req.display_name, avatarUrl: req.avatar_url })),
    SearchUsers: async (req) => ({ users: (await people.search(req.user_id, req.search, req.limit)).map(toProtoUser) }),
    BlockUser: async (req) => {
      await people.block(req.user_id, req.other_id);
      return {};
    },
    UnblockUser: async (req) => {
      await people.unblock(req.user_id, req.other_id);
      return {};
    },
    ListBlocked: async (req) => ({ users: (await people.blocked(req.id)).map(toProtoUser) }),
    BlocksBetween: async (req) => ({ user_ids: await people.blocksBetween(req.user_id, req.other_ids) }),
    ChangePassword: async (req) => {
      await account.changePassword(req.user_id, req.session_id, req.current_password, req.new_password);
      return {};
    },
    DeleteOwnAccount: async (req) => {
      await account.deleteAccount(req.user_id, req.password);
      return {};
    },
    ...adminGrpc({ ...admin, toProtoUser }),
  };
}
