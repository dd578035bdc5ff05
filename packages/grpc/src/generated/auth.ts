import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AdminSession as _chat_auth_v1_AdminSession, AdminSession__Output as _chat_auth_v1_AdminSession__Output } from './chat/auth/v1/AdminSession.ts';
import type { AdminSessionRef as _chat_auth_v1_AdminSessionRef, AdminSessionRef__Output as _chat_auth_v1_AdminSessionRef__Output } from './chat/auth/v1/AdminSessionRef.ts';
import type { AuditEntry as _chat_auth_v1_AuditEntry, AuditEntry__Output as _chat_auth_v1_AuditEntry__Output } from './chat/auth/v1/AuditEntry.ts';
import type { AuthClient as _chat_auth_v1_AuthClient, AuthDefinition as _chat_auth_v1_AuthDefinition } from './chat/auth/v1/Auth.ts';
import type { BlockRequest as _chat_auth_v1_BlockRequest, BlockRequest__Output as _chat_auth_v1_BlockRequest__Output } from './chat/auth/v1/BlockRequest.ts';
import type { BlocksBetweenRequest as _chat_auth_v1_BlocksBetweenRequest, BlocksBetweenRequest__Output as _chat_auth_v1_BlocksBetweenRequest__Output } from './chat/auth/v1/BlocksBetweenRequest.ts';
import type { BlocksBetweenResponse as _chat_auth_v1_BlocksBetweenResponse, BlocksBetweenResponse__Output as _chat_auth_v1_BlocksBetweenResponse__Output } from './chat/auth/v1/BlocksBetweenResponse.ts';
import type { ChangePasswordRequest as _chat_auth_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _chat_auth_v1_ChangePasswordRequest__Output } from './chat/auth/v1/ChangePasswordRequest.ts';
import type { DeleteOwnAccountRequest as _chat_auth_v1_DeleteOwnAccountRequest, DeleteOwnAccountRequest__Output as _chat_auth_v1_DeleteOwnAccountRequest__Output } from './chat/auth/v1/DeleteOwnAccountRequest.ts';
import type { DeleteUserRequest as _chat_auth_v1_DeleteUserRequest, DeleteUserRequest__Output as _chat_auth_v1_DeleteUserRequest__Output } from './chat/auth/v1/DeleteUserRequest.ts';
import type { GetUserRequest as _chat_auth_v1_GetUserRequest, GetUserRequest__Output as _chat_auth_v1_GetUserRequest__Output } from './chat/auth/v1/GetUserRequest.ts';
import type { GetUsersRequest as _chat_auth_v1_GetUsersRequest, GetUsersRequest__Output as _chat_auth_v1_GetUsersRequest__Output } from './chat/auth/v1/GetUsersRequest.ts';
import type { GetUsersResponse as _chat_auth_v1_GetUsersResponse, GetUsersResponse__Output as _chat_auth_v1_GetUsersResponse__Output } from './chat/auth/v1/GetUsersResponse.ts';
import type { Jwks as _chat_auth_v1_Jwks, Jwks__Output as _chat_auth_v1_Jwks__Output } from './chat/auth/v1/Jwks.ts';
import type { ListAuditRequest as _chat_auth_v1_ListAuditRequest, ListAuditRequest__Output as _chat_auth_v1_ListAuditRequest__Output } from './chat/auth/v1/ListAuditRequest.ts';
import type { ListAuditResponse as _chat_auth_v1_ListAuditResponse, ListAuditResponse__Output as _chat_auth_v1_ListAuditResponse__Output } from './chat/auth/v1/ListAuditResponse.ts';
import type { ListUsersRequest as _chat_auth_v1_ListUsersRequest, ListUsersRequest__Output as _chat_auth_v1_ListUsersRequest__Output } from './chat/auth/v1/ListUsersRequest.ts';
import type { ListUsersResponse as _chat_auth_v1_ListUsersResponse, ListUsersResponse__Output as _chat_auth_v1_ListUsersResponse__Output } from './chat/auth/v1/ListUsersResponse.ts';
import type { LoginRequest as _chat_auth_v1_LoginRequest, LoginRequest__Output as _chat_auth_v1_LoginRequest__Output } from './chat/auth/v1/LoginRequest.ts';
import type { LogoutRequest as _chat_auth_v1_LogoutRequest, LogoutRequest__Output as _chat_auth_v1_LogoutRequest__Output } from './chat/auth/v1/LogoutRequest.ts';
import type { RecordAuditRequest as _chat_auth_v1_RecordAuditRequest, RecordAuditRequest__Output as _chat_auth_v1_RecordAuditRequest__Output } from './chat/auth/v1/RecordAuditRequest.ts';
import type { RegisterRequest as _chat_auth_v1_RegisterRequest, RegisterRequest__Output as _chat_auth_v1_RegisterRequest__Output } from './chat/auth/v1/RegisterRequest.ts';
import type { RenewRequest as _chat_auth_v1_RenewRequest, RenewRequest__Output as _chat_auth_v1_RenewRequest__Output } from './chat/auth/v1/RenewRequest.ts';
import type { RevokedSessions as _chat_auth_v1_RevokedSessions, RevokedSessions__Output as _chat_auth_v1_RevokedSessions__Output } from './chat/auth/v1/RevokedSessions.ts';
import type { SearchUsersRequest as _chat_auth_v1_SearchUsersRequest, SearchUsersRequest__Output as _chat_auth_v1_SearchUsersRequest__Output } from './chat/auth/v1/SearchUsersRequest.ts';
import type { Session as _chat_auth_v1_Session, Session__Output as _chat_auth_v1_Session__Output } from './chat/auth/v1/Session.ts';
import type { SetUserBlockedRequest as _chat_auth_v1_SetUserBlockedRequest, SetUserBlockedRequest__Output as _chat_auth_v1_SetUserBlockedRequest__Output } from './chat/auth/v1/SetUserBlockedRequest.ts';
import type { UpdateProfileRequest as _chat_auth_v1_UpdateProfileRequest, UpdateProfileRequest__Output as _chat_auth_v1_UpdateProfileRequest__Output } from './chat/auth/v1/UpdateProfileRequest.ts';
import type { User as _chat_auth_v1_User, User__Output as _chat_auth_v1_User__Output } from './chat/auth/v1/User.ts';
import type { Empty as _chat_common_v1_Empty, Empty__Output as _chat_common_v1_Empty__Output } from './chat/common/v1/Empty.ts';
import type { HealthResponse as _chat_common_v1_HealthResponse, HealthResponse__Output as _chat_common_v1_HealthResponse__Output } from './chat/common/v1/HealthResponse.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  chat: {
    auth: {
      v1: {
        AdminSession: MessageTypeDefinition<_chat_auth_v1_AdminSession, _chat_auth_v1_AdminSession__Output>
        AdminSessionRef: MessageTypeDefinition<_chat_auth_v1_AdminSessionRef, _chat_auth_v1_AdminSessionRef__Output>
        AuditEntry: MessageTypeDefinition<_chat_auth_v1_AuditEntry, _chat_auth_v1_AuditEntry__Output>
        Auth: SubtypeConstructor<typeof grpc.Client, _chat_auth_v1_AuthClient> & { service: _chat_auth_v1_AuthDefinition }
        BlockRequest: MessageTypeDefinition<_chat_auth_v1_BlockRequest, _chat_auth_v1_BlockRequest__Output>
        BlocksBetweenRequest: MessageTypeDefinition<_chat_auth_v1_BlocksBetweenRequest, _chat_auth_v1_BlocksBetweenRequest__Output>
        BlocksBetweenResponse: MessageTypeDefinition<_chat_auth_v1_BlocksBetweenResponse, _chat_auth_v1_BlocksBetweenResponse__Output>
        ChangePasswordRequest: MessageTypeDefinition<_chat_auth_v1_ChangePasswordRequest, _chat_auth_v1_ChangePasswordRequest__Output>
        DeleteOwnAccountRequest: MessageTypeDefinition<_chat_auth_v1_DeleteOwnAccountRequest, _chat_auth_v1_DeleteOwnAccountRequest__Output>
        DeleteUserRequest: MessageTypeDefinition<_chat_auth_v1_DeleteUserRequest, _chat_auth_v1_DeleteUserRequest__Output>
        GetUserRequest: MessageTypeDefinition<_chat_auth_v1_GetUserRequest, _chat_auth_v1_GetUserRequest__Output>
        GetUsersRequest: MessageTypeDefinition<_chat_auth_v1_GetUsersRequest, _chat_auth_v1_GetUsersRequest__Output>
        GetUsersResponse: MessageTypeDefinition<_chat_auth_v1_GetUsersResponse, _chat_auth_v1_GetUsersResponse__Output>
        Jwks: MessageTypeDefinition<_chat_auth_v1_Jwks, _chat_auth_v1_Jwks__Output>
        ListAuditRequest: MessageTypeDefinition<_chat_auth_v1_ListAuditRequest, _chat_auth_v1_ListAuditRequest__Output>
        ListAuditResponse: MessageTypeDefinition<_chat_auth_v1_ListAuditResponse, _chat_auth_v1_ListAuditResponse__Output>
        ListUsersRequest: MessageTypeDefinition<_chat_auth_v1_ListUsersRequest, _chat_auth_v1_ListUsersRequest__Output>
        ListUsersResponse: MessageTypeDefinition<_chat_auth_v1_ListUsersResponse, _chat_auth_v1_ListUsersResponse__Output>
        LoginRequest: MessageTypeDefinition<_chat_auth_v1_LoginRequest, _chat_auth_v1_LoginRequest__Output>
        LogoutRequest: MessageTypeDefinition<_chat_auth_v1_LogoutRequest, _chat_auth_v1_LogoutRequest__Output>
        RecordAuditRequest: MessageTypeDefinition<_chat_auth_v1_RecordAuditRequest, _chat_auth_v1_RecordAuditRequest__Output>
        RegisterRequest: MessageTypeDefinition<_chat_auth_v1_RegisterRequest, _chat_auth_v1_RegisterRequest__Output>
        RenewRequest: MessageTypeDefinition<_chat_auth_v1_RenewRequest, _chat_auth_v1_RenewRequest__Output>
        RevokedSessions: MessageTypeDefinition<_chat_auth_v1_RevokedSessions, _chat_auth_v1_RevokedSessions__Output>
        SearchUsersRequest: MessageTypeDefinition<_chat_auth_v1_SearchUsersRequest, _chat_auth_v1_SearchUsersRequest__Output>
        Session: MessageTypeDefinition<_chat_auth_v1_Session, _chat_auth_v1_Session__Output>
        SetUserBlockedRequest: MessageTypeDefinition<_chat_auth_v1_SetUserBlockedRequest, _chat_auth_v1_SetUserBlockedRequest__Output>
        UpdateProfileRequest: MessageTypeDefinition<_chat_auth_v1_UpdateProfileRequest, _chat_auth_v1_UpdateProfileRequest__Output>
        User: MessageTypeDefinition<_chat_auth_v1_User, _chat_auth_v1_User__Output>
      }
    }
    common: {
      v1: {
        Empty: MessageTypeDefinition<_chat_common_v1_Empty, _chat_common_v1_Empty__Output>
        HealthResponse: MessageTypeDefinition<_chat_common_v1_HealthResponse, _chat_common_v1_HealthResponse__Output>
      }
    }
  }
}

