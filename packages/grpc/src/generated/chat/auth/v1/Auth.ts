// Original file: protos/auth.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AdminSession as _chat_auth_v1_AdminSession, AdminSession__Output as _chat_auth_v1_AdminSession__Output } from '../../../chat/auth/v1/AdminSession.ts';
import type { AdminSessionRef as _chat_auth_v1_AdminSessionRef, AdminSessionRef__Output as _chat_auth_v1_AdminSessionRef__Output } from '../../../chat/auth/v1/AdminSessionRef.ts';
import type { AuditEntry as _chat_auth_v1_AuditEntry, AuditEntry__Output as _chat_auth_v1_AuditEntry__Output } from '../../../chat/auth/v1/AuditEntry.ts';
import type { BlockRequest as _chat_auth_v1_BlockRequest, BlockRequest__Output as _chat_auth_v1_BlockRequest__Output } from '../../../chat/auth/v1/BlockRequest.ts';
import type { BlocksBetweenRequest as _chat_auth_v1_BlocksBetweenRequest, BlocksBetweenRequest__Output as _chat_auth_v1_BlocksBetweenRequest__Output } from '../../../chat/auth/v1/BlocksBetweenRequest.ts';
import type { BlocksBetweenResponse as _chat_auth_v1_BlocksBetweenResponse, BlocksBetweenResponse__Output as _chat_auth_v1_BlocksBetweenResponse__Output } from '../../../chat/auth/v1/BlocksBetweenResponse.ts';
import type { ChangePasswordRequest as _chat_auth_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _chat_auth_v1_ChangePasswordRequest__Output } from '../../../chat/auth/v1/ChangePasswordRequest.ts';
import type { DeleteOwnAccountRequest as _chat_auth_v1_DeleteOwnAccountRequest, DeleteOwnAccountRequest__Output as _chat_auth_v1_DeleteOwnAccountRequest__Output } from '../../../chat/auth/v1/DeleteOwnAccountRequest.ts';
import type { DeleteUserRequest as _chat_auth_v1_DeleteUserRequest, DeleteUserRequest__Output as _chat_auth_v1_DeleteUserRequest__Output } from '../../../chat/auth/v1/DeleteUserRequest.ts';
import type { Empty as _chat_common_v1_Empty, Empty__Output as _chat_common_v1_Empty__Output } from '../../../chat/common/v1/Empty.ts';
import type { GetUserRequest as _chat_auth_v1_GetUserRequest, GetUserRequest__Output as _chat_auth_v1_GetUserRequest__Output } from '../../../chat/auth/v1/GetUserRequest.ts';
import type { GetUsersRequest as _chat_auth_v1_GetUsersRequest, GetUsersRequest__Output as _chat_auth_v1_GetUsersRequest__Output } from '../../../chat/auth/v1/GetUsersRequest.ts';
import type { GetUsersResponse as _chat_auth_v1_GetUsersResponse, GetUsersResponse__Output as _chat_auth_v1_GetUsersResponse__Output } from '../../../chat/auth/v1/GetUsersResponse.ts';
import type { HealthResponse as _chat_common_v1_HealthResponse, HealthResponse__Output as _chat_common_v1_HealthResponse__Output } from '../../../chat/common/v1/HealthResponse.ts';
import type { Jwks as _chat_auth_v1_Jwks, Jwks__Output as _chat_auth_v1_Jwks__Output } from '../../../chat/auth/v1/Jwks.ts';
import type { ListAuditRequest as _chat_auth_v1_ListAuditRequest, ListAuditRequest__Output as _chat_auth_v1_ListAuditRequest__Output } from '../../../chat/auth/v1/ListAuditRequest.ts';
import type { ListAuditResponse as _chat_auth_v1_ListAuditResponse, ListAuditResponse__Output as _chat_auth_v1_ListAuditResponse__Output } from '../../../chat/auth/v1/ListAuditResponse.ts';
import type { ListUsersRequest as _chat_auth_v1_ListUsersRequest, ListUsersRequest__Output as _chat_auth_v1_ListUsersRequest__Output } from '../../../chat/auth/v1/ListUsersRequest.ts';
import type { ListUsersResponse as _chat_auth_v1_ListUsersResponse, ListUsersResponse__Output as _chat_auth_v1_ListUsersResponse__Output } from '../../../chat/auth/v1/ListUsersResponse.ts';
import type { LoginRequest as _chat_auth_v1_LoginRequest, LoginRequest__Output as _chat_auth_v1_LoginRequest__Output } from '../../../chat/auth/v1/LoginRequest.ts';
import type { LogoutRequest as _chat_auth_v1_LogoutRequest, LogoutRequest__Output as _chat_auth_v1_LogoutRequest__Output } from '../../../chat/auth/v1/LogoutRequest.ts';
import type { RecordAuditRequest as _chat_auth_v1_RecordAuditRequest, RecordAuditRequest__Output as _chat_auth_v1_RecordAuditRequest__Output } from '../../../chat/auth/v1/RecordAuditRequest.ts';
import type { RegisterRequest as _chat_auth_v1_RegisterRequest, RegisterRequest__Output as _chat_auth_v1_RegisterRequest__Output } from '../../../chat/auth/v1/RegisterRequest.ts';
import type { RenewRequest as _chat_auth_v1_RenewRequest, RenewRequest__Output as _chat_auth_v1_RenewRequest__Output } from '../../../chat/auth/v1/RenewRequest.ts';
import type { RevokedSessions as _chat_auth_v1_RevokedSessions, RevokedSessions__Output as _chat_auth_v1_RevokedSessions__Output } from '../../../chat/auth/v1/RevokedSessions.ts';
import type { SearchUsersRequest as _chat_auth_v1_SearchUsersRequest, SearchUsersRequest__Output as _chat_auth_v1_SearchUsersRequest__Output } from '../../../chat/auth/v1/SearchUsersRequest.ts';
import type { Session as _chat_auth_v1_Session, Session__Output as _chat_auth_v1_Session__Output } from '../../../chat/auth/v1/Session.ts';
import type { SetUserBlockedRequest as _chat_auth_v1_SetUserBlockedRequest, SetUserBlockedRequest__Output as _chat_auth_v1_SetUserBlockedRequest__Output } from '../../../chat/auth/v1/SetUserBlockedRequest.ts';
import type { UpdateProfileRequest as _chat_auth_v1_UpdateProfileRequest, UpdateProfileRequest__Output as _chat_auth_v1_UpdateProfileRequest__Output } from '../../../chat/auth/v1/UpdateProfileRequest.ts';
import type { User as _chat_auth_v1_User, User__Output as _chat_auth_v1_User__Output } from '../../../chat/auth/v1/User.ts';

export interface AuthClient extends grpc.Client {
  AdminLogin(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  AdminLogin(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  AdminLogin(argument: _chat_auth_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  AdminLogin(argument: _chat_auth_v1_LoginRequest, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  adminLogin(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  adminLogin(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  adminLogin(argument: _chat_auth_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  adminLogin(argument: _chat_auth_v1_LoginRequest, callback: grpc.requestCallback<_chat_auth_v1_AdminSession__Output>): grpc.ClientUnaryCall;
  
  AdminLogout(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminLogout(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminLogout(argument: _chat_auth_v1_AdminSessionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminLogout(argument: _chat_auth_v1_AdminSessionRef, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminLogout(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminLogout(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminLogout(argument: _chat_auth_v1_AdminSessionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminLogout(argument: _chat_auth_v1_AdminSessionRef, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  BlockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  BlockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  BlockUser(argument: _chat_auth_v1_BlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  BlockUser(argument: _chat_auth_v1_BlockRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  blockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  blockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  blockUser(argument: _chat_auth_v1_BlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  blockUser(argument: _chat_auth_v1_BlockRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  BlocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  BlocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  BlocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  BlocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  blocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  blocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  blocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  blocksBetween(argument: _chat_auth_v1_BlocksBetweenRequest, callback: grpc.requestCallback<_chat_auth_v1_BlocksBetweenResponse__Output>): grpc.ClientUnaryCall;
  
  ChangePassword(argument: _chat_auth_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _chat_auth_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _chat_auth_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _chat_auth_v1_ChangePasswordRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _chat_auth_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _chat_auth_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _chat_auth_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _chat_auth_v1_ChangePasswordRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  CheckAdminSession(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  CheckAdminSession(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  CheckAdminSession(argument: _chat_auth_v1_AdminSessionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  CheckAdminSession(argument: _chat_auth_v1_AdminSessionRef, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  checkAdminSession(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  checkAdminSession(argument: _chat_auth_v1_AdminSessionRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  checkAdminSession(argument: _chat_auth_v1_AdminSessionRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  checkAdminSession(argument: _chat_auth_v1_AdminSessionRef, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  
  CreateUser(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _chat_auth_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _chat_auth_v1_RegisterRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  createUser(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  createUser(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  createUser(argument: _chat_auth_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  createUser(argument: _chat_auth_v1_RegisterRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  
  DeleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteOwnAccount(argument: _chat_auth_v1_DeleteOwnAccountRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  DeleteUser(argument: _chat_auth_v1_DeleteUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _chat_auth_v1_DeleteUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _chat_auth_v1_DeleteUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _chat_auth_v1_DeleteUserRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _chat_auth_v1_DeleteUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _chat_auth_v1_DeleteUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _chat_auth_v1_DeleteUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _chat_auth_v1_DeleteUserRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  GetJwks(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_auth_v1_Jwks__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _chat_auth_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _chat_auth_v1_GetUserRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _chat_auth_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _chat_auth_v1_GetUserRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  
  GetUsers(argument: _chat_auth_v1_GetUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  GetUsers(argument: _chat_auth_v1_GetUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  GetUsers(argument: _chat_auth_v1_GetUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  GetUsers(argument: _chat_auth_v1_GetUsersRequest, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _chat_auth_v1_GetUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _chat_auth_v1_GetUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _chat_auth_v1_GetUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _chat_auth_v1_GetUsersRequest, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  
  Health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  Health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  Health(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  Health(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  
  ListAudit(argument: _chat_auth_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _chat_auth_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _chat_auth_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  ListAudit(argument: _chat_auth_v1_ListAuditRequest, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _chat_auth_v1_ListAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _chat_auth_v1_ListAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _chat_auth_v1_ListAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  listAudit(argument: _chat_auth_v1_ListAuditRequest, callback: grpc.requestCallback<_chat_auth_v1_ListAuditResponse__Output>): grpc.ClientUnaryCall;
  
  ListBlocked(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  ListBlocked(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  ListBlocked(argument: _chat_auth_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  ListBlocked(argument: _chat_auth_v1_GetUserRequest, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  listBlocked(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  listBlocked(argument: _chat_auth_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  listBlocked(argument: _chat_auth_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  listBlocked(argument: _chat_auth_v1_GetUserRequest, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  
  ListRevokedSessions(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  ListRevokedSessions(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  ListRevokedSessions(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  ListRevokedSessions(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  listRevokedSessions(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  listRevokedSessions(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  listRevokedSessions(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  listRevokedSessions(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_auth_v1_RevokedSessions__Output>): grpc.ClientUnaryCall;
  
  ListUsers(argument: _chat_auth_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _chat_auth_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _chat_auth_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _chat_auth_v1_ListUsersRequest, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _chat_auth_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _chat_auth_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _chat_auth_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _chat_auth_v1_ListUsersRequest, callback: grpc.requestCallback<_chat_auth_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  Login(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  Login(argument: _chat_auth_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  Login(argument: _chat_auth_v1_LoginRequest, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _chat_auth_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _chat_auth_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  login(argument: _chat_auth_v1_LoginRequest, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  
  Logout(argument: _chat_auth_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  Logout(argument: _chat_auth_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  Logout(argument: _chat_auth_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  Logout(argument: _chat_auth_v1_LogoutRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _chat_auth_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _chat_auth_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _chat_auth_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _chat_auth_v1_LogoutRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RecordAudit(argument: _chat_auth_v1_RecordAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  RecordAudit(argument: _chat_auth_v1_RecordAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  RecordAudit(argument: _chat_auth_v1_RecordAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  RecordAudit(argument: _chat_auth_v1_RecordAuditRequest, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _chat_auth_v1_RecordAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _chat_auth_v1_RecordAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _chat_auth_v1_RecordAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  recordAudit(argument: _chat_auth_v1_RecordAuditRequest, callback: grpc.requestCallback<_chat_auth_v1_AuditEntry__Output>): grpc.ClientUnaryCall;
  
  Register(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _chat_auth_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _chat_auth_v1_RegisterRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _chat_auth_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _chat_auth_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _chat_auth_v1_RegisterRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  
  Renew(argument: _chat_auth_v1_RenewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  Renew(argument: _chat_auth_v1_RenewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  Renew(argument: _chat_auth_v1_RenewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  Renew(argument: _chat_auth_v1_RenewRequest, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  renew(argument: _chat_auth_v1_RenewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  renew(argument: _chat_auth_v1_RenewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  renew(argument: _chat_auth_v1_RenewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  renew(argument: _chat_auth_v1_RenewRequest, callback: grpc.requestCallback<_chat_auth_v1_Session__Output>): grpc.ClientUnaryCall;
  
  SearchUsers(argument: _chat_auth_v1_SearchUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  SearchUsers(argument: _chat_auth_v1_SearchUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  SearchUsers(argument: _chat_auth_v1_SearchUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  SearchUsers(argument: _chat_auth_v1_SearchUsersRequest, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _chat_auth_v1_SearchUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _chat_auth_v1_SearchUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _chat_auth_v1_SearchUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _chat_auth_v1_SearchUsersRequest, callback: grpc.requestCallback<_chat_auth_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  
  SetUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  SetUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  SetUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  SetUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _chat_auth_v1_SetUserBlockedRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  
  UnblockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnblockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnblockUser(argument: _chat_auth_v1_BlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnblockUser(argument: _chat_auth_v1_BlockRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  unblockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  unblockUser(argument: _chat_auth_v1_BlockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  unblockUser(argument: _chat_auth_v1_BlockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  unblockUser(argument: _chat_auth_v1_BlockRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  UpdateProfile(argument: _chat_auth_v1_UpdateProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _chat_auth_v1_UpdateProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _chat_auth_v1_UpdateProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  UpdateProfile(argument: _chat_auth_v1_UpdateProfileRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _chat_auth_v1_UpdateProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _chat_auth_v1_UpdateProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _chat_auth_v1_UpdateProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  updateProfile(argument: _chat_auth_v1_UpdateProfileRequest, callback: grpc.requestCallback<_chat_auth_v1_User__Output>): grpc.ClientUnaryCall;
  
}

export interface AuthHandlers extends grpc.UntypedServiceImplementation {
  AdminLogin: grpc.handleUnaryCall<_chat_auth_v1_LoginRequest__Output, _chat_auth_v1_AdminSession>;
  
  AdminLogout: grpc.handleUnaryCall<_chat_auth_v1_AdminSessionRef__Output, _chat_common_v1_Empty>;
  
  BlockUser: grpc.handleUnaryCall<_chat_auth_v1_BlockRequest__Output, _chat_common_v1_Empty>;
  
  BlocksBetween: grpc.handleUnaryCall<_chat_auth_v1_BlocksBetweenRequest__Output, _chat_auth_v1_BlocksBetweenResponse>;
  
  ChangePassword: grpc.handleUnaryCall<_chat_auth_v1_ChangePasswordRequest__Output, _chat_common_v1_Empty>;
  
  CheckAdminSession: grpc.handleUnaryCall<_chat_auth_v1_AdminSessionRef__Output, _chat_auth_v1_User>;
  
  CreateUser: grpc.handleUnaryCall<_chat_auth_v1_RegisterRequest__Output, _chat_auth_v1_User>;
  
  DeleteOwnAccount: grpc.handleUnaryCall<_chat_auth_v1_DeleteOwnAccountRequest__Output, _chat_common_v1_Empty>;
  
  DeleteUser: grpc.handleUnaryCall<_chat_auth_v1_DeleteUserRequest__Output, _chat_common_v1_Empty>;
  
  GetJwks: grpc.handleUnaryCall<_chat_common_v1_Empty__Output, _chat_auth_v1_Jwks>;
  
  GetUser: grpc.handleUnaryCall<_chat_auth_v1_GetUserRequest__Output, _chat_auth_v1_User>;
  
  GetUsers: grpc.handleUnaryCall<_chat_auth_v1_GetUsersRequest__Output, _chat_auth_v1_GetUsersResponse>;
  
  Health: grpc.handleUnaryCall<_chat_common_v1_Empty__Output, _chat_common_v1_HealthResponse>;
  
  ListAudit: grpc.handleUnaryCall<_chat_auth_v1_ListAuditRequest__Output, _chat_auth_v1_ListAuditResponse>;
  
  ListBlocked: grpc.handleUnaryCall<_chat_auth_v1_GetUserRequest__Output, _chat_auth_v1_GetUsersResponse>;
  
  ListRevokedSessions: grpc.handleUnaryCall<_chat_common_v1_Empty__Output, _chat_auth_v1_RevokedSessions>;
  
  ListUsers: grpc.handleUnaryCall<_chat_auth_v1_ListUsersRequest__Output, _chat_auth_v1_ListUsersResponse>;
  
  Login: grpc.handleUnaryCall<_chat_auth_v1_LoginRequest__Output, _chat_auth_v1_Session>;
  
  Logout: grpc.handleUnaryCall<_chat_auth_v1_LogoutRequest__Output, _chat_common_v1_Empty>;
  
  RecordAudit: grpc.handleUnaryCall<_chat_auth_v1_RecordAuditRequest__Output, _chat_auth_v1_AuditEntry>;
  
  Register: grpc.handleUnaryCall<_chat_auth_v1_RegisterRequest__Output, _chat_auth_v1_User>;
  
  Renew: grpc.handleUnaryCall<_chat_auth_v1_RenewRequest__Output, _chat_auth_v1_Session>;
  
  SearchUsers: grpc.handleUnaryCall<_chat_auth_v1_SearchUsersRequest__Output, _chat_auth_v1_GetUsersResponse>;
  
  SetUserBlocked: grpc.handleUnaryCall<_chat_auth_v1_SetUserBlockedRequest__Output, _chat_auth_v1_User>;
  
  UnblockUser: grpc.handleUnaryCall<_chat_auth_v1_BlockRequest__Output, _chat_common_v1_Empty>;
  
  UpdateProfile: grpc.handleUnaryCall<_chat_auth_v1_UpdateProfileRequest__Output, _chat_auth_v1_User>;
  
}

export interface AuthDefinition extends grpc.ServiceDefinition {
  AdminLogin: MethodDefinition<_chat_auth_v1_LoginRequest, _chat_auth_v1_AdminSession, _chat_auth_v1_LoginRequest__Output, _chat_auth_v1_AdminSession__Output>
  AdminLogout: MethodDefinition<_chat_auth_v1_AdminSessionRef, _chat_common_v1_Empty, _chat_auth_v1_AdminSessionRef__Output, _chat_common_v1_Empty__Output>
  BlockUser: MethodDefinition<_chat_auth_v1_BlockRequest, _chat_common_v1_Empty, _chat_auth_v1_BlockRequest__Output, _chat_common_v1_Empty__Output>
  BlocksBetween: MethodDefinition<_chat_auth_v1_BlocksBetweenRequest, _chat_auth_v1_BlocksBetweenResponse, _chat_auth_v1_BlocksBetweenRequest__Output, _chat_auth_v1_BlocksBetweenResponse__Output>
  ChangePassword: MethodDefinition<_chat_auth_v1_ChangePasswordRequest, _chat_common_v1_Empty, _chat_auth_v1_ChangePasswordRequest__Output, _chat_common_v1_Empty__Output>
  CheckAdminSession: MethodDefinition<_chat_auth_v1_AdminSessionRef, _chat_auth_v1_User, _chat_auth_v1_AdminSessionRef__Output, _chat_auth_v1_User__Output>
  CreateUser: MethodDefinition<_chat_auth_v1_RegisterRequest, _chat_auth_v1_User, _chat_auth_v1_RegisterRequest__Output, _chat_auth_v1_User__Output>
  DeleteOwnAccount: MethodDefinition<_chat_auth_v1_DeleteOwnAccountRequest, _chat_common_v1_Empty, _chat_auth_v1_DeleteOwnAccountRequest__Output, _chat_common_v1_Empty__Output>
  DeleteUser: MethodDefinition<_chat_auth_v1_DeleteUserRequest, _chat_common_v1_Empty, _chat_auth_v1_DeleteUserRequest__Output, _chat_common_v1_Empty__Output>
  GetJwks: MethodDefinition<_chat_common_v1_Empty, _chat_auth_v1_Jwks, _chat_common_v1_Empty__Output, _chat_auth_v1_Jwks__Output>
  GetUser: MethodDefinition<_chat_auth_v1_GetUserRequest, _chat_auth_v1_User, _chat_auth_v1_GetUserRequest__Output, _chat_auth_v1_User__Output>
  GetUsers: MethodDefinition<_chat_auth_v1_GetUsersRequest, _chat_auth_v1_GetUsersResponse, _chat_auth_v1_GetUsersRequest__Output, _chat_auth_v1_GetUsersResponse__Output>
  Health: MethodDefinition<_chat_common_v1_Empty, _chat_common_v1_HealthResponse, _chat_common_v1_Empty__Output, _chat_common_v1_HealthResponse__Output>
  ListAudit: MethodDefinition<_chat_auth_v1_ListAuditRequest, _chat_auth_v1_ListAuditResponse, _chat_auth_v1_ListAuditRequest__Output, _chat_auth_v1_ListAuditResponse__Output>
  ListBlocked: MethodDefinition<_chat_auth_v1_GetUserRequest, _chat_auth_v1_GetUsersResponse, _chat_auth_v1_GetUserRequest__Output, _chat_auth_v1_GetUsersResponse__Output>
  ListRevokedSessions: MethodDefinition<_chat_common_v1_Empty, _chat_auth_v1_RevokedSessions, _chat_common_v1_Empty__Output, _chat_auth_v1_RevokedSessions__Output>
  ListUsers: MethodDefinition<_chat_auth_v1_ListUsersRequest, _chat_auth_v1_ListUsersResponse, _chat_auth_v1_ListUsersRequest__Output, _chat_auth_v1_ListUsersResponse__Output>
  Login: MethodDefinition<_chat_auth_v1_LoginRequest, _chat_auth_v1_Session, _chat_auth_v1_LoginRequest__Output, _chat_auth_v1_Session__Output>
  Logout: MethodDefinition<_chat_auth_v1_LogoutRequest, _chat_common_v1_Empty, _chat_auth_v1_LogoutRequest__Output, _chat_common_v1_Empty__Output>
  RecordAudit: MethodDefinition<_chat_auth_v1_RecordAuditRequest, _chat_auth_v1_AuditEntry, _chat_auth_v1_RecordAuditRequest__Output, _chat_auth_v1_AuditEntry__Output>
  Register: MethodDefinition<_chat_auth_v1_RegisterRequest, _chat_auth_v1_User, _chat_auth_v1_RegisterRequest__Output, _chat_auth_v1_User__Output>
  Renew: MethodDefinition<_chat_auth_v1_RenewRequest, _chat_auth_v1_Session, _chat_auth_v1_RenewRequest__Output, _chat_auth_v1_Session__Output>
  SearchUsers: MethodDefinition<_chat_auth_v1_SearchUsersRequest, _chat_auth_v1_GetUsersResponse, _chat_auth_v1_SearchUsersRequest__Output, _chat_auth_v1_GetUsersResponse__Output>
  SetUserBlocked: MethodDefinition<_chat_auth_v1_SetUserBlockedRequest, _chat_auth_v1_User, _chat_auth_v1_SetUserBlockedRequest__Output, _chat_auth_v1_User__Output>
  UnblockUser: MethodDefinition<_chat_auth_v1_BlockRequest, _chat_common_v1_Empty, _chat_auth_v1_BlockRequest__Output, _chat_common_v1_Empty__Output>
  UpdateProfile: MethodDefinition<_chat_auth_v1_UpdateProfileRequest, _chat_auth_v1_User, _chat_auth_v1_UpdateProfileRequest__Output, _chat_auth_v1_User__Output>
}
