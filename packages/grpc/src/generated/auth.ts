import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AuthClient as _chat_auth_v1_AuthClient, AuthDefinition as _chat_auth_v1_AuthDefinition } from './chat/auth/v1/Auth.ts';
import type { GetUserRequest as _chat_auth_v1_GetUserRequest, GetUserRequest__Output as _chat_auth_v1_GetUserRequest__Output } from './chat/auth/v1/GetUserRequest.ts';
import type { GetUsersRequest as _chat_auth_v1_GetUsersRequest, GetUsersRequest__Output as _chat_auth_v1_GetUsersRequest__Output } from './chat/auth/v1/GetUsersRequest.ts';
import type { GetUsersResponse as _chat_auth_v1_GetUsersResponse, GetUsersResponse__Output as _chat_auth_v1_GetUsersResponse__Output } from './chat/auth/v1/GetUsersResponse.ts';
import type { Jwks as _chat_auth_v1_Jwks, Jwks__Output as _chat_auth_v1_Jwks__Output } from './chat/auth/v1/Jwks.ts';
import type { LoginRequest as _chat_auth_v1_LoginRequest, LoginRequest__Output as _chat_auth_v1_LoginRequest__Output } from './chat/auth/v1/LoginRequest.ts';
import type { LogoutRequest as _chat_auth_v1_LogoutRequest, LogoutRequest__Output as _chat_auth_v1_LogoutRequest__Output } from './chat/auth/v1/LogoutRequest.ts';
import type { RegisterRequest as _chat_auth_v1_RegisterRequest, RegisterRequest__Output as _chat_auth_v1_RegisterRequest__Output } from './chat/auth/v1/RegisterRequest.ts';
import type { RenewRequest as _chat_auth_v1_RenewRequest, RenewRequest__Output as _chat_auth_v1_RenewRequest__Output } from './chat/auth/v1/RenewRequest.ts';
import type { Session as _chat_auth_v1_Session, Session__Output as _chat_auth_v1_Session__Output } from './chat/auth/v1/Session.ts';
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
        Auth: SubtypeConstructor<typeof grpc.Client, _chat_auth_v1_AuthClient> & { service: _chat_auth_v1_AuthDefinition }
        GetUserRequest: MessageTypeDefinition<_chat_auth_v1_GetUserRequest, _chat_auth_v1_GetUserRequest__Output>
        GetUsersRequest: MessageTypeDefinition<_chat_auth_v1_GetUsersRequest, _chat_auth_v1_GetUsersRequest__Output>
        GetUsersResponse: MessageTypeDefinition<_chat_auth_v1_GetUsersResponse, _chat_auth_v1_GetUsersResponse__Output>
        Jwks: MessageTypeDefinition<_chat_auth_v1_Jwks, _chat_auth_v1_Jwks__Output>
        LoginRequest: MessageTypeDefinition<_chat_auth_v1_LoginRequest, _chat_auth_v1_LoginRequest__Output>
        LogoutRequest: MessageTypeDefinition<_chat_auth_v1_LogoutRequest, _chat_auth_v1_LogoutRequest__Output>
        RegisterRequest: MessageTypeDefinition<_chat_auth_v1_RegisterRequest, _chat_auth_v1_RegisterRequest__Output>
        RenewRequest: MessageTypeDefinition<_chat_auth_v1_RenewRequest, _chat_auth_v1_RenewRequest__Output>
        Session: MessageTypeDefinition<_chat_auth_v1_Session, _chat_auth_v1_Session__Output>
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

