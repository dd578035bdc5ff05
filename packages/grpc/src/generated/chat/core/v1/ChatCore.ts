// Original file: protos/chat.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddUsersRequest as _chat_core_v1_AddUsersRequest, AddUsersRequest__Output as _chat_core_v1_AddUsersRequest__Output } from '../../../chat/core/v1/AddUsersRequest.ts';
import type { AddUsersResponse as _chat_core_v1_AddUsersResponse, AddUsersResponse__Output as _chat_core_v1_AddUsersResponse__Output } from '../../../chat/core/v1/AddUsersResponse.ts';
import type { AdminAddParticipantsRequest as _chat_core_v1_AdminAddParticipantsRequest, AdminAddParticipantsRequest__Output as _chat_core_v1_AdminAddParticipantsRequest__Output } from '../../../chat/core/v1/AdminAddParticipantsRequest.ts';
import type { AdminCreateRoomRequest as _chat_core_v1_AdminCreateRoomRequest, AdminCreateRoomRequest__Output as _chat_core_v1_AdminCreateRoomRequest__Output } from '../../../chat/core/v1/AdminCreateRoomRequest.ts';
import type { AdminDeleteMessageRequest as _chat_core_v1_AdminDeleteMessageRequest, AdminDeleteMessageRequest__Output as _chat_core_v1_AdminDeleteMessageRequest__Output } from '../../../chat/core/v1/AdminDeleteMessageRequest.ts';
import type { AdminListEventsRequest as _chat_core_v1_AdminListEventsRequest, AdminListEventsRequest__Output as _chat_core_v1_AdminListEventsRequest__Output } from '../../../chat/core/v1/AdminListEventsRequest.ts';
import type { AdminListMessagesRequest as _chat_core_v1_AdminListMessagesRequest, AdminListMessagesRequest__Output as _chat_core_v1_AdminListMessagesRequest__Output } from '../../../chat/core/v1/AdminListMessagesRequest.ts';
import type { AdminListMessagesResponse as _chat_core_v1_AdminListMessagesResponse, AdminListMessagesResponse__Output as _chat_core_v1_AdminListMessagesResponse__Output } from '../../../chat/core/v1/AdminListMessagesResponse.ts';
import type { AdminRemoveParticipantRequest as _chat_core_v1_AdminRemoveParticipantRequest, AdminRemoveParticipantRequest__Output as _chat_core_v1_AdminRemoveParticipantRequest__Output } from '../../../chat/core/v1/AdminRemoveParticipantRequest.ts';
import type { AdminRoom as _chat_core_v1_AdminRoom, AdminRoom__Output as _chat_core_v1_AdminRoom__Output } from '../../../chat/core/v1/AdminRoom.ts';
import type { AdminRoomRequest as _chat_core_v1_AdminRoomRequest, AdminRoomRequest__Output as _chat_core_v1_AdminRoomRequest__Output } from '../../../chat/core/v1/AdminRoomRequest.ts';
import type { AdminSetMemberRoleRequest as _chat_core_v1_AdminSetMemberRoleRequest, AdminSetMemberRoleRequest__Output as _chat_core_v1_AdminSetMemberRoleRequest__Output } from '../../../chat/core/v1/AdminSetMemberRoleRequest.ts';
import type { AdminSetRoomRetentionRequest as _chat_core_v1_AdminSetRoomRetentionRequest, AdminSetRoomRetentionRequest__Output as _chat_core_v1_AdminSetRoomRetentionRequest__Output } from '../../../chat/core/v1/AdminSetRoomRetentionRequest.ts';
import type { CancelInvitationRequest as _chat_core_v1_CancelInvitationRequest, CancelInvitationRequest__Output as _chat_core_v1_CancelInvitationRequest__Output } from '../../../chat/core/v1/CancelInvitationRequest.ts';
import type { CreateRoomRequest as _chat_core_v1_CreateRoomRequest, CreateRoomRequest__Output as _chat_core_v1_CreateRoomRequest__Output } from '../../../chat/core/v1/CreateRoomRequest.ts';
import type { DeleteMessageRequest as _chat_core_v1_DeleteMessageRequest, DeleteMessageRequest__Output as _chat_core_v1_DeleteMessageRequest__Output } from '../../../chat/core/v1/DeleteMessageRequest.ts';
import type { EditMessageRequest as _chat_core_v1_EditMessageRequest, EditMessageRequest__Output as _chat_core_v1_EditMessageRequest__Output } from '../../../chat/core/v1/EditMessageRequest.ts';
import type { Empty as _chat_common_v1_Empty, Empty__Output as _chat_common_v1_Empty__Output } from '../../../chat/common/v1/Empty.ts';
import type { GetMessageRequest as _chat_core_v1_GetMessageRequest, GetMessageRequest__Output as _chat_core_v1_GetMessageRequest__Output } from '../../../chat/core/v1/GetMessageRequest.ts';
import type { GetRoomRequest as _chat_core_v1_GetRoomRequest, GetRoomRequest__Output as _chat_core_v1_GetRoomRequest__Output } from '../../../chat/core/v1/GetRoomRequest.ts';
import type { HealthResponse as _chat_common_v1_HealthResponse, HealthResponse__Output as _chat_common_v1_HealthResponse__Output } from '../../../chat/common/v1/HealthResponse.ts';
import type { LeaveRoomRequest as _chat_core_v1_LeaveRoomRequest, LeaveRoomRequest__Output as _chat_core_v1_LeaveRoomRequest__Output } from '../../../chat/core/v1/LeaveRoomRequest.ts';
import type { ListAllRoomsRequest as _chat_core_v1_ListAllRoomsRequest, ListAllRoomsRequest__Output as _chat_core_v1_ListAllRoomsRequest__Output } from '../../../chat/core/v1/ListAllRoomsRequest.ts';
import type { ListAllRoomsResponse as _chat_core_v1_ListAllRoomsResponse, ListAllRoomsResponse__Output as _chat_core_v1_ListAllRoomsResponse__Output } from '../../../chat/core/v1/ListAllRoomsResponse.ts';
import type { ListEventsRequest as _chat_core_v1_ListEventsRequest, ListEventsRequest__Output as _chat_core_v1_ListEventsRequest__Output } from '../../../chat/core/v1/ListEventsRequest.ts';
import type { ListEventsResponse as _chat_core_v1_ListEventsResponse, ListEventsResponse__Output as _chat_core_v1_ListEventsResponse__Output } from '../../../chat/core/v1/ListEventsResponse.ts';
import type { ListInvitationsRequest as _chat_core_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _chat_core_v1_ListInvitationsRequest__Output } from '../../../chat/core/v1/ListInvitationsRequest.ts';
import type { ListInvitationsResponse as _chat_core_v1_ListInvitationsResponse, ListInvitationsResponse__Output as _chat_core_v1_ListInvitationsResponse__Output } from '../../../chat/core/v1/ListInvitationsResponse.ts';
import type { ListMessagesRequest as _chat_core_v1_ListMessagesRequest, ListMessagesRequest__Output as _chat_core_v1_ListMessagesRequest__Output } from '../../../chat/core/v1/ListMessagesRequest.ts';
import type { ListMessagesResponse as _chat_core_v1_ListMessagesResponse, ListMessagesResponse__Output as _chat_core_v1_ListMessagesResponse__Output } from '../../../chat/core/v1/ListMessagesResponse.ts';
import type { ListRoomEventsRequest as _chat_core_v1_ListRoomEventsRequest, ListRoomEventsRequest__Output as _chat_core_v1_ListRoomEventsRequest__Output } from '../../../chat/core/v1/ListRoomEventsRequest.ts';
import type { ListRoomsRequest as _chat_core_v1_ListRoomsRequest, ListRoomsRequest__Output as _chat_core_v1_ListRoomsRequest__Output } from '../../../chat/core/v1/ListRoomsRequest.ts';
import type { ListRoomsResponse as _chat_core_v1_ListRoomsResponse, ListRoomsResponse__Output as _chat_core_v1_ListRoomsResponse__Output } from '../../../chat/core/v1/ListRoomsResponse.ts';
import type { ListUserRoomIdsRequest as _chat_core_v1_ListUserRoomIdsRequest, ListUserRoomIdsRequest__Output as _chat_core_v1_ListUserRoomIdsRequest__Output } from '../../../chat/core/v1/ListUserRoomIdsRequest.ts';
import type { ListUserRoomIdsResponse as _chat_core_v1_ListUserRoomIdsResponse, ListUserRoomIdsResponse__Output as _chat_core_v1_ListUserRoomIdsResponse__Output } from '../../../chat/core/v1/ListUserRoomIdsResponse.ts';
import type { MarkReadRequest as _chat_core_v1_MarkReadRequest, MarkReadRequest__Output as _chat_core_v1_MarkReadRequest__Output } from '../../../chat/core/v1/MarkReadRequest.ts';
import type { MarkReadResponse as _chat_core_v1_MarkReadResponse, MarkReadResponse__Output as _chat_core_v1_MarkReadResponse__Output } from '../../../chat/core/v1/MarkReadResponse.ts';
import type { Message as _chat_core_v1_Message, Message__Output as _chat_core_v1_Message__Output } from '../../../chat/core/v1/Message.ts';
import type { OpenDirectRoomRequest as _chat_core_v1_OpenDirectRoomRequest, OpenDirectRoomRequest__Output as _chat_core_v1_OpenDirectRoomRequest__Output } from '../../../chat/core/v1/OpenDirectRoomRequest.ts';
import type { RemoveMemberRequest as _chat_core_v1_RemoveMemberRequest, RemoveMemberRequest__Output as _chat_core_v1_RemoveMemberRequest__Output } from '../../../chat/core/v1/RemoveMemberRequest.ts';
import type { RespondInvitationRequest as _chat_core_v1_RespondInvitationRequest, RespondInvitationRequest__Output as _chat_core_v1_RespondInvitationRequest__Output } from '../../../chat/core/v1/RespondInvitationRequest.ts';
import type { Room as _chat_core_v1_Room, Room__Output as _chat_core_v1_Room__Output } from '../../../chat/core/v1/Room.ts';
import type { SendMessageRequest as _chat_core_v1_SendMessageRequest, SendMessageRequest__Output as _chat_core_v1_SendMessageRequest__Output } from '../../../chat/core/v1/SendMessageRequest.ts';
import type { SendMessageResponse as _chat_core_v1_SendMessageResponse, SendMessageResponse__Output as _chat_core_v1_SendMessageResponse__Output } from '../../../chat/core/v1/SendMessageResponse.ts';
import type { SendMessagesRequest as _chat_core_v1_SendMessagesRequest, SendMessagesRequest__Output as _chat_core_v1_SendMessagesRequest__Output } from '../../../chat/core/v1/SendMessagesRequest.ts';
import type { SendMessagesResponse as _chat_core_v1_SendMessagesResponse, SendMessagesResponse__Output as _chat_core_v1_SendMessagesResponse__Output } from '../../../chat/core/v1/SendMessagesResponse.ts';
import type { SendTypingRequest as _chat_core_v1_SendTypingRequest, SendTypingRequest__Output as _chat_core_v1_SendTypingRequest__Output } from '../../../chat/core/v1/SendTypingRequest.ts';
import type { SendTypingResponse as _chat_core_v1_SendTypingResponse, SendTypingResponse__Output as _chat_core_v1_SendTypingResponse__Output } from '../../../chat/core/v1/SendTypingResponse.ts';
import type { SetMemberRoleRequest as _chat_core_v1_SetMemberRoleRequest, SetMemberRoleRequest__Output as _chat_core_v1_SetMemberRoleRequest__Output } from '../../../chat/core/v1/SetMemberRoleRequest.ts';
import type { SharesRoomRequest as _chat_core_v1_SharesRoomRequest, SharesRoomRequest__Output as _chat_core_v1_SharesRoomRequest__Output } from '../../../chat/core/v1/SharesRoomRequest.ts';
import type { SharesRoomResponse as _chat_core_v1_SharesRoomResponse, SharesRoomResponse__Output as _chat_core_v1_SharesRoomResponse__Output } from '../../../chat/core/v1/SharesRoomResponse.ts';
import type { UpdateRoomRequest as _chat_core_v1_UpdateRoomRequest, UpdateRoomRequest__Output as _chat_core_v1_UpdateRoomRequest__Output } from '../../../chat/core/v1/UpdateRoomRequest.ts';

export interface ChatCoreClient extends grpc.Client {
  AddUsers(argument: _chat_core_v1_AddUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  AddUsers(argument: _chat_core_v1_AddUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  AddUsers(argument: _chat_core_v1_AddUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  AddUsers(argument: _chat_core_v1_AddUsersRequest, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  addUsers(argument: _chat_core_v1_AddUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  addUsers(argument: _chat_core_v1_AddUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  addUsers(argument: _chat_core_v1_AddUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  addUsers(argument: _chat_core_v1_AddUsersRequest, callback: grpc.requestCallback<_chat_core_v1_AddUsersResponse__Output>): grpc.ClientUnaryCall;
  
  AdminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminAddParticipants(argument: _chat_core_v1_AdminAddParticipantsRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  AdminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  AdminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  AdminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  AdminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminCreateRoom(argument: _chat_core_v1_AdminCreateRoomRequest, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  
  AdminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteMessage(argument: _chat_core_v1_AdminDeleteMessageRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  AdminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminDeleteRoom(argument: _chat_core_v1_AdminRoomRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  AdminGetRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  AdminGetRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  AdminGetRoom(argument: _chat_core_v1_AdminRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  AdminGetRoom(argument: _chat_core_v1_AdminRoomRequest, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminGetRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminGetRoom(argument: _chat_core_v1_AdminRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminGetRoom(argument: _chat_core_v1_AdminRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  adminGetRoom(argument: _chat_core_v1_AdminRoomRequest, callback: grpc.requestCallback<_chat_core_v1_AdminRoom__Output>): grpc.ClientUnaryCall;
  
  AdminListEvents(argument: _chat_core_v1_AdminListEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  AdminListEvents(argument: _chat_core_v1_AdminListEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  AdminListEvents(argument: _chat_core_v1_AdminListEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  AdminListEvents(argument: _chat_core_v1_AdminListEventsRequest, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  adminListEvents(argument: _chat_core_v1_AdminListEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  adminListEvents(argument: _chat_core_v1_AdminListEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  adminListEvents(argument: _chat_core_v1_AdminListEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  adminListEvents(argument: _chat_core_v1_AdminListEventsRequest, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  
  AdminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  AdminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  AdminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  AdminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  adminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  adminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  adminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  adminListMessages(argument: _chat_core_v1_AdminListMessagesRequest, callback: grpc.requestCallback<_chat_core_v1_AdminListMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  AdminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminRemoveParticipant(argument: _chat_core_v1_AdminRemoveParticipantRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  AdminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetMemberRole(argument: _chat_core_v1_AdminSetMemberRoleRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  AdminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  AdminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  adminSetRoomRetention(argument: _chat_core_v1_AdminSetRoomRetentionRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  CancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  CancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  CancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  CancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  cancelInvitation(argument: _chat_core_v1_CancelInvitationRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  CreateRoom(argument: _chat_core_v1_CreateRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  CreateRoom(argument: _chat_core_v1_CreateRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  CreateRoom(argument: _chat_core_v1_CreateRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  CreateRoom(argument: _chat_core_v1_CreateRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  createRoom(argument: _chat_core_v1_CreateRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  createRoom(argument: _chat_core_v1_CreateRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  createRoom(argument: _chat_core_v1_CreateRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  createRoom(argument: _chat_core_v1_CreateRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  
  DeleteMessage(argument: _chat_core_v1_DeleteMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteMessage(argument: _chat_core_v1_DeleteMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteMessage(argument: _chat_core_v1_DeleteMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteMessage(argument: _chat_core_v1_DeleteMessageRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteMessage(argument: _chat_core_v1_DeleteMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteMessage(argument: _chat_core_v1_DeleteMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteMessage(argument: _chat_core_v1_DeleteMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteMessage(argument: _chat_core_v1_DeleteMessageRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  EditMessage(argument: _chat_core_v1_EditMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  EditMessage(argument: _chat_core_v1_EditMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  EditMessage(argument: _chat_core_v1_EditMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  EditMessage(argument: _chat_core_v1_EditMessageRequest, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  editMessage(argument: _chat_core_v1_EditMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  editMessage(argument: _chat_core_v1_EditMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  editMessage(argument: _chat_core_v1_EditMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  editMessage(argument: _chat_core_v1_EditMessageRequest, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  
  GetMessage(argument: _chat_core_v1_GetMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  GetMessage(argument: _chat_core_v1_GetMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  GetMessage(argument: _chat_core_v1_GetMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  GetMessage(argument: _chat_core_v1_GetMessageRequest, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _chat_core_v1_GetMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _chat_core_v1_GetMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _chat_core_v1_GetMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  getMessage(argument: _chat_core_v1_GetMessageRequest, callback: grpc.requestCallback<_chat_core_v1_Message__Output>): grpc.ClientUnaryCall;
  
  GetRoom(argument: _chat_core_v1_GetRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  GetRoom(argument: _chat_core_v1_GetRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  GetRoom(argument: _chat_core_v1_GetRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  GetRoom(argument: _chat_core_v1_GetRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  getRoom(argument: _chat_core_v1_GetRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  getRoom(argument: _chat_core_v1_GetRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  getRoom(argument: _chat_core_v1_GetRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  getRoom(argument: _chat_core_v1_GetRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  
  Health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  Health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  Health(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  Health(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  health(argument: _chat_common_v1_Empty, callback: grpc.requestCallback<_chat_common_v1_HealthResponse__Output>): grpc.ClientUnaryCall;
  
  LeaveRoom(argument: _chat_core_v1_LeaveRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  LeaveRoom(argument: _chat_core_v1_LeaveRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  LeaveRoom(argument: _chat_core_v1_LeaveRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  LeaveRoom(argument: _chat_core_v1_LeaveRoomRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  leaveRoom(argument: _chat_core_v1_LeaveRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  leaveRoom(argument: _chat_core_v1_LeaveRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  leaveRoom(argument: _chat_core_v1_LeaveRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  leaveRoom(argument: _chat_core_v1_LeaveRoomRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  ListAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  ListAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  ListAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  ListAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  listAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  listAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  listAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  listAllRooms(argument: _chat_core_v1_ListAllRoomsRequest, callback: grpc.requestCallback<_chat_core_v1_ListAllRoomsResponse__Output>): grpc.ClientUnaryCall;
  
  ListEvents(argument: _chat_core_v1_ListEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEvents(argument: _chat_core_v1_ListEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEvents(argument: _chat_core_v1_ListEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListEvents(argument: _chat_core_v1_ListEventsRequest, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _chat_core_v1_ListEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _chat_core_v1_ListEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _chat_core_v1_ListEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listEvents(argument: _chat_core_v1_ListEventsRequest, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  
  ListInvitations(argument: _chat_core_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _chat_core_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _chat_core_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _chat_core_v1_ListInvitationsRequest, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _chat_core_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _chat_core_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _chat_core_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _chat_core_v1_ListInvitationsRequest, callback: grpc.requestCallback<_chat_core_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMessages(argument: _chat_core_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _chat_core_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _chat_core_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _chat_core_v1_ListMessagesRequest, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _chat_core_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _chat_core_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _chat_core_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _chat_core_v1_ListMessagesRequest, callback: grpc.requestCallback<_chat_core_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  ListRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  ListRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  listRoomEvents(argument: _chat_core_v1_ListRoomEventsRequest, callback: grpc.requestCallback<_chat_core_v1_ListEventsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRooms(argument: _chat_core_v1_ListRoomsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  ListRooms(argument: _chat_core_v1_ListRoomsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  ListRooms(argument: _chat_core_v1_ListRoomsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  ListRooms(argument: _chat_core_v1_ListRoomsRequest, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  listRooms(argument: _chat_core_v1_ListRoomsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  listRooms(argument: _chat_core_v1_ListRoomsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  listRooms(argument: _chat_core_v1_ListRoomsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  listRooms(argument: _chat_core_v1_ListRoomsRequest, callback: grpc.requestCallback<_chat_core_v1_ListRoomsResponse__Output>): grpc.ClientUnaryCall;
  
  ListUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  ListUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  ListUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  ListUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  listUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  listUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  listUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  listUserRoomIds(argument: _chat_core_v1_ListUserRoomIdsRequest, callback: grpc.requestCallback<_chat_core_v1_ListUserRoomIdsResponse__Output>): grpc.ClientUnaryCall;
  
  MarkRead(argument: _chat_core_v1_MarkReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  MarkRead(argument: _chat_core_v1_MarkReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  MarkRead(argument: _chat_core_v1_MarkReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  MarkRead(argument: _chat_core_v1_MarkReadRequest, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  markRead(argument: _chat_core_v1_MarkReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  markRead(argument: _chat_core_v1_MarkReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  markRead(argument: _chat_core_v1_MarkReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  markRead(argument: _chat_core_v1_MarkReadRequest, callback: grpc.requestCallback<_chat_core_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  
  OpenDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  OpenDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  OpenDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  OpenDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  openDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  openDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  openDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  openDirectRoom(argument: _chat_core_v1_OpenDirectRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  
  RemoveMember(argument: _chat_core_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _chat_core_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _chat_core_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveMember(argument: _chat_core_v1_RemoveMemberRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _chat_core_v1_RemoveMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _chat_core_v1_RemoveMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _chat_core_v1_RemoveMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeMember(argument: _chat_core_v1_RemoveMemberRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RespondInvitation(argument: _chat_core_v1_RespondInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  RespondInvitation(argument: _chat_core_v1_RespondInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  RespondInvitation(argument: _chat_core_v1_RespondInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  RespondInvitation(argument: _chat_core_v1_RespondInvitationRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  respondInvitation(argument: _chat_core_v1_RespondInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  respondInvitation(argument: _chat_core_v1_RespondInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  respondInvitation(argument: _chat_core_v1_RespondInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  respondInvitation(argument: _chat_core_v1_RespondInvitationRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  SendMessage(argument: _chat_core_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _chat_core_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _chat_core_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  SendMessage(argument: _chat_core_v1_SendMessageRequest, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _chat_core_v1_SendMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _chat_core_v1_SendMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _chat_core_v1_SendMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  sendMessage(argument: _chat_core_v1_SendMessageRequest, callback: grpc.requestCallback<_chat_core_v1_SendMessageResponse__Output>): grpc.ClientUnaryCall;
  
  SendMessages(argument: _chat_core_v1_SendMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  SendMessages(argument: _chat_core_v1_SendMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  SendMessages(argument: _chat_core_v1_SendMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  SendMessages(argument: _chat_core_v1_SendMessagesRequest, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  sendMessages(argument: _chat_core_v1_SendMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  sendMessages(argument: _chat_core_v1_SendMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  sendMessages(argument: _chat_core_v1_SendMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  sendMessages(argument: _chat_core_v1_SendMessagesRequest, callback: grpc.requestCallback<_chat_core_v1_SendMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  SendTyping(argument: _chat_core_v1_SendTypingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  SendTyping(argument: _chat_core_v1_SendTypingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  SendTyping(argument: _chat_core_v1_SendTypingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  SendTyping(argument: _chat_core_v1_SendTypingRequest, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  sendTyping(argument: _chat_core_v1_SendTypingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  sendTyping(argument: _chat_core_v1_SendTypingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  sendTyping(argument: _chat_core_v1_SendTypingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  sendTyping(argument: _chat_core_v1_SendTypingRequest, callback: grpc.requestCallback<_chat_core_v1_SendTypingResponse__Output>): grpc.ClientUnaryCall;
  
  SetMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  SetMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  SetMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  SetMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  setMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  setMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  setMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  setMemberRole(argument: _chat_core_v1_SetMemberRoleRequest, callback: grpc.requestCallback<_chat_common_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  SharesRoom(argument: _chat_core_v1_SharesRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  SharesRoom(argument: _chat_core_v1_SharesRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  SharesRoom(argument: _chat_core_v1_SharesRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  SharesRoom(argument: _chat_core_v1_SharesRoomRequest, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  sharesRoom(argument: _chat_core_v1_SharesRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  sharesRoom(argument: _chat_core_v1_SharesRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  sharesRoom(argument: _chat_core_v1_SharesRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  sharesRoom(argument: _chat_core_v1_SharesRoomRequest, callback: grpc.requestCallback<_chat_core_v1_SharesRoomResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRoom(argument: _chat_core_v1_UpdateRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  UpdateRoom(argument: _chat_core_v1_UpdateRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  UpdateRoom(argument: _chat_core_v1_UpdateRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  UpdateRoom(argument: _chat_core_v1_UpdateRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  updateRoom(argument: _chat_core_v1_UpdateRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  updateRoom(argument: _chat_core_v1_UpdateRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  updateRoom(argument: _chat_core_v1_UpdateRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  updateRoom(argument: _chat_core_v1_UpdateRoomRequest, callback: grpc.requestCallback<_chat_core_v1_Room__Output>): grpc.ClientUnaryCall;
  
}

export interface ChatCoreHandlers extends grpc.UntypedServiceImplementation {
  AddUsers: grpc.handleUnaryCall<_chat_core_v1_AddUsersRequest__Output, _chat_core_v1_AddUsersResponse>;
  
  AdminAddParticipants: grpc.handleUnaryCall<_chat_core_v1_AdminAddParticipantsRequest__Output, _chat_common_v1_Empty>;
  
  AdminCreateRoom: grpc.handleUnaryCall<_chat_core_v1_AdminCreateRoomRequest__Output, _chat_core_v1_AdminRoom>;
  
  AdminDeleteMessage: grpc.handleUnaryCall<_chat_core_v1_AdminDeleteMessageRequest__Output, _chat_common_v1_Empty>;
  
  AdminDeleteRoom: grpc.handleUnaryCall<_chat_core_v1_AdminRoomRequest__Output, _chat_common_v1_Empty>;
  
  AdminGetRoom: grpc.handleUnaryCall<_chat_core_v1_AdminRoomRequest__Output, _chat_core_v1_AdminRoom>;
  
  AdminListEvents: grpc.handleUnaryCall<_chat_core_v1_AdminListEventsRequest__Output, _chat_core_v1_ListEventsResponse>;
  
  AdminListMessages: grpc.handleUnaryCall<_chat_core_v1_AdminListMessagesRequest__Output, _chat_core_v1_AdminListMessagesResponse>;
  
  AdminRemoveParticipant: grpc.handleUnaryCall<_chat_core_v1_AdminRemoveParticipantRequest__Output, _chat_common_v1_Empty>;
  
  AdminSetMemberRole: grpc.handleUnaryCall<_chat_core_v1_AdminSetMemberRoleRequest__Output, _chat_common_v1_Empty>;
  
  AdminSetRoomRetention: grpc.handleUnaryCall<_chat_core_v1_AdminSetRoomRetentionRequest__Output, _chat_common_v1_Empty>;
  
  CancelInvitation: grpc.handleUnaryCall<_chat_core_v1_CancelInvitationRequest__Output, _chat_common_v1_Empty>;
  
  CreateRoom: grpc.handleUnaryCall<_chat_core_v1_CreateRoomRequest__Output, _chat_core_v1_Room>;
  
  DeleteMessage: grpc.handleUnaryCall<_chat_core_v1_DeleteMessageRequest__Output, _chat_common_v1_Empty>;
  
  EditMessage: grpc.handleUnaryCall<_chat_core_v1_EditMessageRequest__Output, _chat_core_v1_Message>;
  
  GetMessage: grpc.handleUnaryCall<_chat_core_v1_GetMessageRequest__Output, _chat_core_v1_Message>;
  
  GetRoom: grpc.handleUnaryCall<_chat_core_v1_GetRoomRequest__Output, _chat_core_v1_Room>;
  
  Health: grpc.handleUnaryCall<_chat_common_v1_Empty__Output, _chat_common_v1_HealthResponse>;
  
  LeaveRoom: grpc.handleUnaryCall<_chat_core_v1_LeaveRoomRequest__Output, _chat_common_v1_Empty>;
  
  ListAllRooms: grpc.handleUnaryCall<_chat_core_v1_ListAllRoomsRequest__Output, _chat_core_v1_ListAllRoomsResponse>;
  
  ListEvents: grpc.handleUnaryCall<_chat_core_v1_ListEventsRequest__Output, _chat_core_v1_ListEventsResponse>;
  
  ListInvitations: grpc.handleUnaryCall<_chat_core_v1_ListInvitationsRequest__Output, _chat_core_v1_ListInvitationsResponse>;
  
  ListMessages: grpc.handleUnaryCall<_chat_core_v1_ListMessagesRequest__Output, _chat_core_v1_ListMessagesResponse>;
  
  ListRoomEvents: grpc.handleUnaryCall<_chat_core_v1_ListRoomEventsRequest__Output, _chat_core_v1_ListEventsResponse>;
  
  ListRooms: grpc.handleUnaryCall<_chat_core_v1_ListRoomsRequest__Output, _chat_core_v1_ListRoomsResponse>;
  
  ListUserRoomIds: grpc.handleUnaryCall<_chat_core_v1_ListUserRoomIdsRequest__Output, _chat_core_v1_ListUserRoomIdsResponse>;
  
  MarkRead: grpc.handleUnaryCall<_chat_core_v1_MarkReadRequest__Output, _chat_core_v1_MarkReadResponse>;
  
  OpenDirectRoom: grpc.handleUnaryCall<_chat_core_v1_OpenDirectRoomRequest__Output, _chat_core_v1_Room>;
  
  RemoveMember: grpc.handleUnaryCall<_chat_core_v1_RemoveMemberRequest__Output, _chat_common_v1_Empty>;
  
  RespondInvitation: grpc.handleUnaryCall<_chat_core_v1_RespondInvitationRequest__Output, _chat_common_v1_Empty>;
  
  SendMessage: grpc.handleUnaryCall<_chat_core_v1_SendMessageRequest__Output, _chat_core_v1_SendMessageResponse>;
  
  SendMessages: grpc.handleUnaryCall<_chat_core_v1_SendMessagesRequest__Output, _chat_core_v1_SendMessagesResponse>;
  
  SendTyping: grpc.handleUnaryCall<_chat_core_v1_SendTypingRequest__Output, _chat_core_v1_SendTypingResponse>;
  
  SetMemberRole: grpc.handleUnaryCall<_chat_core_v1_SetMemberRoleRequest__Output, _chat_common_v1_Empty>;
  
  SharesRoom: grpc.handleUnaryCall<_chat_core_v1_SharesRoomRequest__Output, _chat_core_v1_SharesRoomResponse>;
  
  UpdateRoom: grpc.handleUnaryCall<_chat_core_v1_UpdateRoomRequest__Output, _chat_core_v1_Room>;
  
}

export interface ChatCoreDefinition extends grpc.ServiceDefinition {
  AddUsers: MethodDefinition<_chat_core_v1_AddUsersRequest, _chat_core_v1_AddUsersResponse, _chat_core_v1_AddUsersRequest__Output, _chat_core_v1_AddUsersResponse__Output>
  AdminAddParticipants: MethodDefinition<_chat_core_v1_AdminAddParticipantsRequest, _chat_common_v1_Empty, _chat_core_v1_AdminAddParticipantsRequest__Output, _chat_common_v1_Empty__Output>
  AdminCreateRoom: MethodDefinition<_chat_core_v1_AdminCreateRoomRequest, _chat_core_v1_AdminRoom, _chat_core_v1_AdminCreateRoomRequest__Output, _chat_core_v1_AdminRoom__Output>
  AdminDeleteMessage: MethodDefinition<_chat_core_v1_AdminDeleteMessageRequest, _chat_common_v1_Empty, _chat_core_v1_AdminDeleteMessageRequest__Output, _chat_common_v1_Empty__Output>
  AdminDeleteRoom: MethodDefinition<_chat_core_v1_AdminRoomRequest, _chat_common_v1_Empty, _chat_core_v1_AdminRoomRequest__Output, _chat_common_v1_Empty__Output>
  AdminGetRoom: MethodDefinition<_chat_core_v1_AdminRoomRequest, _chat_core_v1_AdminRoom, _chat_core_v1_AdminRoomRequest__Output, _chat_core_v1_AdminRoom__Output>
  AdminListEvents: MethodDefinition<_chat_core_v1_AdminListEventsRequest, _chat_core_v1_ListEventsResponse, _chat_core_v1_AdminListEventsRequest__Output, _chat_core_v1_ListEventsResponse__Output>
  AdminListMessages: MethodDefinition<_chat_core_v1_AdminListMessagesRequest, _chat_core_v1_AdminListMessagesResponse, _chat_core_v1_AdminListMessagesRequest__Output, _chat_core_v1_AdminListMessagesResponse__Output>
  AdminRemoveParticipant: MethodDefinition<_chat_core_v1_AdminRemoveParticipantRequest, _chat_common_v1_Empty, _chat_core_v1_AdminRemoveParticipantRequest__Output, _chat_common_v1_Empty__Output>
  AdminSetMemberRole: MethodDefinition<_chat_core_v1_AdminSetMemberRoleRequest, _chat_common_v1_Empty, _chat_core_v1_AdminSetMemberRoleRequest__Output, _chat_common_v1_Empty__Output>
  AdminSetRoomRetention: MethodDefinition<_chat_core_v1_AdminSetRoomRetentionRequest, _chat_common_v1_Empty, _chat_core_v1_AdminSetRoomRetentionRequest__Output, _chat_common_v1_Empty__Output>
  CancelInvitation: MethodDefinition<_chat_core_v1_CancelInvitationRequest, _chat_common_v1_Empty, _chat_core_v1_CancelInvitationRequest__Output, _chat_common_v1_Empty__Output>
  CreateRoom: MethodDefinition<_chat_core_v1_CreateRoomRequest, _chat_core_v1_Room, _chat_core_v1_CreateRoomRequest__Output, _chat_core_v1_Room__Output>
  DeleteMessage: MethodDefinition<_chat_core_v1_DeleteMessageRequest, _chat_common_v1_Empty, _chat_core_v1_DeleteMessageRequest__Output, _chat_common_v1_Empty__Output>
  EditMessage: MethodDefinition<_chat_core_v1_EditMessageRequest, _chat_core_v1_Message, _chat_core_v1_EditMessageRequest__Output, _chat_core_v1_Message__Output>
  GetMessage: MethodDefinition<_chat_core_v1_GetMessageRequest, _chat_core_v1_Message, _chat_core_v1_GetMessageRequest__Output, _chat_core_v1_Message__Output>
  GetRoom: MethodDefinition<_chat_core_v1_GetRoomRequest, _chat_core_v1_Room, _chat_core_v1_GetRoomRequest__Output, _chat_core_v1_Room__Output>
  Health: MethodDefinition<_chat_common_v1_Empty, _chat_common_v1_HealthResponse, _chat_common_v1_Empty__Output, _chat_common_v1_HealthResponse__Output>
  LeaveRoom: MethodDefinition<_chat_core_v1_LeaveRoomRequest, _chat_common_v1_Empty, _chat_core_v1_LeaveRoomRequest__Output, _chat_common_v1_Empty__Output>
  ListAllRooms: MethodDefinition<_chat_core_v1_ListAllRoomsRequest, _chat_core_v1_ListAllRoomsResponse, _chat_core_v1_ListAllRoomsRequest__Output, _chat_core_v1_ListAllRoomsResponse__Output>
  ListEvents: MethodDefinition<_chat_core_v1_ListEventsRequest, _chat_core_v1_ListEventsResponse, _chat_core_v1_ListEventsRequest__Output, _chat_core_v1_ListEventsResponse__Output>
  ListInvitations: MethodDefinition<_chat_core_v1_ListInvitationsRequest, _chat_core_v1_ListInvitationsResponse, _chat_core_v1_ListInvitationsRequest__Output, _chat_core_v1_ListInvitationsResponse__Output>
  ListMessages: MethodDefinition<_chat_core_v1_ListMessagesRequest, _chat_core_v1_ListMessagesResponse, _chat_core_v1_ListMessagesRequest__Output, _chat_core_v1_ListMessagesResponse__Output>
  ListRoomEvents: MethodDefinition<_chat_core_v1_ListRoomEventsRequest, _chat_core_v1_ListEventsResponse, _chat_core_v1_ListRoomEventsRequest__Output, _chat_core_v1_ListEventsResponse__Output>
  ListRooms: MethodDefinition<_chat_core_v1_ListRoomsRequest, _chat_core_v1_ListRoomsResponse, _chat_core_v1_ListRoomsRequest__Output, _chat_core_v1_ListRoomsResponse__Output>
  ListUserRoomIds: MethodDefinition<_chat_core_v1_ListUserRoomIdsRequest, _chat_core_v1_ListUserRoomIdsResponse, _chat_core_v1_ListUserRoomIdsRequest__Output, _chat_core_v1_ListUserRoomIdsResponse__Output>
  MarkRead: MethodDefinition<_chat_core_v1_MarkReadRequest, _chat_core_v1_MarkReadResponse, _chat_core_v1_MarkReadRequest__Output, _chat_core_v1_MarkReadResponse__Output>
  OpenDirectRoom: MethodDefinition<_chat_core_v1_OpenDirectRoomRequest, _chat_core_v1_Room, _chat_core_v1_OpenDirectRoomRequest__Output, _chat_core_v1_Room__Output>
  RemoveMember: MethodDefinition<_chat_core_v1_RemoveMemberRequest, _chat_common_v1_Empty, _chat_core_v1_RemoveMemberRequest__Output, _chat_common_v1_Empty__Output>
  RespondInvitation: MethodDefinition<_chat_core_v1_RespondInvitationRequest, _chat_common_v1_Empty, _chat_core_v1_RespondInvitationRequest__Output, _chat_common_v1_Empty__Output>
  SendMessage: MethodDefinition<_chat_core_v1_SendMessageRequest, _chat_core_v1_SendMessageResponse, _chat_core_v1_SendMessageRequest__Output, _chat_core_v1_SendMessageResponse__Output>
  SendMessages: MethodDefinition<_chat_core_v1_SendMessagesRequest, _chat_core_v1_SendMessagesResponse, _chat_core_v1_SendMessagesRequest__Output, _chat_core_v1_SendMessagesResponse__Output>
  SendTyping: MethodDefinition<_chat_core_v1_SendTypingRequest, _chat_core_v1_SendTypingResponse, _chat_core_v1_SendTypingRequest__Output, _chat_core_v1_SendTypingResponse__Output>
  SetMemberRole: MethodDefinition<_chat_core_v1_SetMemberRoleRequest, _chat_common_v1_Empty, _chat_core_v1_SetMemberRoleRequest__Output, _chat_common_v1_Empty__Output>
  SharesRoom: MethodDefinition<_chat_core_v1_SharesRoomRequest, _chat_core_v1_SharesRoomResponse, _chat_core_v1_SharesRoomRequest__Output, _chat_core_v1_SharesRoomResponse__Output>
  UpdateRoom: MethodDefinition<_chat_core_v1_UpdateRoomRequest, _chat_core_v1_Room, _chat_core_v1_UpdateRoomRequest__Output, _chat_core_v1_Room__Output>
}
