import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Empty as _chat_common_v1_Empty, Empty__Output as _chat_common_v1_Empty__Output } from './chat/common/v1/Empty.ts';
import type { HealthResponse as _chat_common_v1_HealthResponse, HealthResponse__Output as _chat_common_v1_HealthResponse__Output } from './chat/common/v1/HealthResponse.ts';
import type { AddUsersRequest as _chat_core_v1_AddUsersRequest, AddUsersRequest__Output as _chat_core_v1_AddUsersRequest__Output } from './chat/core/v1/AddUsersRequest.ts';
import type { AddUsersResponse as _chat_core_v1_AddUsersResponse, AddUsersResponse__Output as _chat_core_v1_AddUsersResponse__Output } from './chat/core/v1/AddUsersResponse.ts';
import type { AdminAddParticipantsRequest as _chat_core_v1_AdminAddParticipantsRequest, AdminAddParticipantsRequest__Output as _chat_core_v1_AdminAddParticipantsRequest__Output } from './chat/core/v1/AdminAddParticipantsRequest.ts';
import type { AdminCreateRoomRequest as _chat_core_v1_AdminCreateRoomRequest, AdminCreateRoomRequest__Output as _chat_core_v1_AdminCreateRoomRequest__Output } from './chat/core/v1/AdminCreateRoomRequest.ts';
import type { AdminDeleteMessageRequest as _chat_core_v1_AdminDeleteMessageRequest, AdminDeleteMessageRequest__Output as _chat_core_v1_AdminDeleteMessageRequest__Output } from './chat/core/v1/AdminDeleteMessageRequest.ts';
import type { AdminListEventsRequest as _chat_core_v1_AdminListEventsRequest, AdminListEventsRequest__Output as _chat_core_v1_AdminListEventsRequest__Output } from './chat/core/v1/AdminListEventsRequest.ts';
import type { AdminListMessagesRequest as _chat_core_v1_AdminListMessagesRequest, AdminListMessagesRequest__Output as _chat_core_v1_AdminListMessagesRequest__Output } from './chat/core/v1/AdminListMessagesRequest.ts';
import type { AdminListMessagesResponse as _chat_core_v1_AdminListMessagesResponse, AdminListMessagesResponse__Output as _chat_core_v1_AdminListMessagesResponse__Output } from './chat/core/v1/AdminListMessagesResponse.ts';
import type { AdminRemoveParticipantRequest as _chat_core_v1_AdminRemoveParticipantRequest, AdminRemoveParticipantRequest__Output as _chat_core_v1_AdminRemoveParticipantRequest__Output } from './chat/core/v1/AdminRemoveParticipantRequest.ts';
import type { AdminRoom as _chat_core_v1_AdminRoom, AdminRoom__Output as _chat_core_v1_AdminRoom__Output } from './chat/core/v1/AdminRoom.ts';
import type { AdminRoomRequest as _chat_core_v1_AdminRoomRequest, AdminRoomRequest__Output as _chat_core_v1_AdminRoomRequest__Output } from './chat/core/v1/AdminRoomRequest.ts';
import type { AdminSetMemberRoleRequest as _chat_core_v1_AdminSetMemberRoleRequest, AdminSetMemberRoleRequest__Output as _chat_core_v1_AdminSetMemberRoleRequest__Output } from './chat/core/v1/AdminSetMemberRoleRequest.ts';
import type { AdminSetRoomRetentionRequest as _chat_core_v1_AdminSetRoomRetentionRequest, AdminSetRoomRetentionRequest__Output as _chat_core_v1_AdminSetRoomRetentionRequest__Output } from './chat/core/v1/AdminSetRoomRetentionRequest.ts';
import type { CancelInvitationRequest as _chat_core_v1_CancelInvitationRequest, CancelInvitationRequest__Output as _chat_core_v1_CancelInvitationRequest__Output } from './chat/core/v1/CancelInvitationRequest.ts';
import type { ChatCoreClient as _chat_core_v1_ChatCoreClient, ChatCoreDefinition as _chat_core_v1_ChatCoreDefinition } from './chat/core/v1/ChatCore.ts';
import type { CreateRoomRequest as _chat_core_v1_CreateRoomRequest, CreateRoomRequest__Output as _chat_core_v1_CreateRoomRequest__Output } from './chat/core/v1/CreateRoomRequest.ts';
import type { DeleteMessageRequest as _chat_core_v1_DeleteMessageRequest, DeleteMessageRequest__Output as _chat_core_v1_DeleteMessageRequest__Output } from './chat/core/v1/DeleteMessageRequest.ts';
import type { EditMessageRequest as _chat_core_v1_EditMessageRequest, EditMessageRequest__Output as _chat_core_v1_EditMessageRequest__Output } from './chat/core/v1/EditMessageRequest.ts';
import type { GetMessageRequest as _chat_core_v1_GetMessageRequest, GetMessageRequest__Output as _chat_core_v1_GetMessageRequest__Output } from './chat/core/v1/GetMessageRequest.ts';
import type { GetRoomRequest as _chat_core_v1_GetRoomRequest, GetRoomRequest__Output as _chat_core_v1_GetRoomRequest__Output } from './chat/core/v1/GetRoomRequest.ts';
import type { Invitation as _chat_core_v1_Invitation, Invitation__Output as _chat_core_v1_Invitation__Output } from './chat/core/v1/Invitation.ts';
import type { LeaveRoomRequest as _chat_core_v1_LeaveRoomRequest, LeaveRoomRequest__Output as _chat_core_v1_LeaveRoomRequest__Output } from './chat/core/v1/LeaveRoomRequest.ts';
import type { ListAllRoomsRequest as _chat_core_v1_ListAllRoomsRequest, ListAllRoomsRequest__Output as _chat_core_v1_ListAllRoomsRequest__Output } from './chat/core/v1/ListAllRoomsRequest.ts';
import type { ListAllRoomsResponse as _chat_core_v1_ListAllRoomsResponse, ListAllRoomsResponse__Output as _chat_core_v1_ListAllRoomsResponse__Output } from './chat/core/v1/ListAllRoomsResponse.ts';
import type { ListEventsRequest as _chat_core_v1_ListEventsRequest, ListEventsRequest__Output as _chat_core_v1_ListEventsRequest__Output } from './chat/core/v1/ListEventsRequest.ts';
import type { ListEventsResponse as _chat_core_v1_ListEventsResponse, ListEventsResponse__Output as _chat_core_v1_ListEventsResponse__Output } from './chat/core/v1/ListEventsResponse.ts';
import type { ListInvitationsRequest as _chat_core_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _chat_core_v1_ListInvitationsRequest__Output } from './chat/core/v1/ListInvitationsRequest.ts';
import type { ListInvitationsResponse as _chat_core_v1_ListInvitationsResponse, ListInvitationsResponse__Output as _chat_core_v1_ListInvitationsResponse__Output } from './chat/core/v1/ListInvitationsResponse.ts';
import type { ListMessagesRequest as _chat_core_v1_ListMessagesRequest, ListMessagesRequest__Output as _chat_core_v1_ListMessagesRequest__Output } from './chat/core/v1/ListMessagesRequest.ts';
import type { ListMessagesResponse as _chat_core_v1_ListMessagesResponse, ListMessagesResponse__Output as _chat_core_v1_ListMessagesResponse__Output } from './chat/core/v1/ListMessagesResponse.ts';
import type { ListRoomEventsRequest as _chat_core_v1_ListRoomEventsRequest, ListRoomEventsRequest__Output as _chat_core_v1_ListRoomEventsRequest__Output } from './chat/core/v1/ListRoomEventsRequest.ts';
import type { ListRoomsRequest as _chat_core_v1_ListRoomsRequest, ListRoomsRequest__Output as _chat_core_v1_ListRoomsRequest__Output } from './chat/core/v1/ListRoomsRequest.ts';
import type { ListRoomsResponse as _chat_core_v1_ListRoomsResponse, ListRoomsResponse__Output as _chat_core_v1_ListRoomsResponse__Output } from './chat/core/v1/ListRoomsResponse.ts';
import type { ListUserRoomIdsRequest as _chat_core_v1_ListUserRoomIdsRequest, ListUserRoomIdsRequest__Output as _chat_core_v1_ListUserRoomIdsRequest__Output } from './chat/core/v1/ListUserRoomIdsRequest.ts';
import type { ListUserRoomIdsResponse as _chat_core_v1_ListUserRoomIdsResponse, ListUserRoomIdsResponse__Output as _chat_core_v1_ListUserRoomIdsResponse__Output } from './chat/core/v1/ListUserRoomIdsResponse.ts';
import type { MarkReadRequest as _chat_core_v1_MarkReadRequest, MarkReadRequest__Output as _chat_core_v1_MarkReadRequest__Output } from './chat/core/v1/MarkReadRequest.ts';
import type { MarkReadResponse as _chat_core_v1_MarkReadResponse, MarkReadResponse__Output as _chat_core_v1_MarkReadResponse__Output } from './chat/core/v1/MarkReadResponse.ts';
import type { Member as _chat_core_v1_Member, Member__Output as _chat_core_v1_Member__Output } from './chat/core/v1/Member.ts';
import type { Message as _chat_core_v1_Message, Message__Output as _chat_core_v1_Message__Output } from './chat/core/v1/Message.ts';
import type { OpenDirectRoomRequest as _chat_core_v1_OpenDirectRoomRequest, OpenDirectRoomRequest__Output as _chat_core_v1_OpenDirectRoomRequest__Output } from './chat/core/v1/OpenDirectRoomRequest.ts';
import type { RemoveMemberRequest as _chat_core_v1_RemoveMemberRequest, RemoveMemberRequest__Output as _chat_core_v1_RemoveMemberRequest__Output } from './chat/core/v1/RemoveMemberRequest.ts';
import type { RespondInvitationRequest as _chat_core_v1_RespondInvitationRequest, RespondInvitationRequest__Output as _chat_core_v1_RespondInvitationRequest__Output } from './chat/core/v1/RespondInvitationRequest.ts';
import type { Room as _chat_core_v1_Room, Room__Output as _chat_core_v1_Room__Output } from './chat/core/v1/Room.ts';
import type { RoomEvent as _chat_core_v1_RoomEvent, RoomEvent__Output as _chat_core_v1_RoomEvent__Output } from './chat/core/v1/RoomEvent.ts';
import type { SendError as _chat_core_v1_SendError, SendError__Output as _chat_core_v1_SendError__Output } from './chat/core/v1/SendError.ts';
import type { SendMessageRequest as _chat_core_v1_SendMessageRequest, SendMessageRequest__Output as _chat_core_v1_SendMessageRequest__Output } from './chat/core/v1/SendMessageRequest.ts';
import type { SendMessageResponse as _chat_core_v1_SendMessageResponse, SendMessageResponse__Output as _chat_core_v1_SendMessageResponse__Output } from './chat/core/v1/SendMessageResponse.ts';
import type { SendMessagesRequest as _chat_core_v1_SendMessagesRequest, SendMessagesRequest__Output as _chat_core_v1_SendMessagesRequest__Output } from './chat/core/v1/SendMessagesRequest.ts';
import type { SendMessagesResponse as _chat_core_v1_SendMessagesResponse, SendMessagesResponse__Output as _chat_core_v1_SendMessagesResponse__Output } from './chat/core/v1/SendMessagesResponse.ts';
import type { SendOutcome as _chat_core_v1_SendOutcome, SendOutcome__Output as _chat_core_v1_SendOutcome__Output } from './chat/core/v1/SendOutcome.ts';
import type { SendTypingRequest as _chat_core_v1_SendTypingRequest, SendTypingRequest__Output as _chat_core_v1_SendTypingRequest__Output } from './chat/core/v1/SendTypingRequest.ts';
import type { SendTypingResponse as _chat_core_v1_SendTypingResponse, SendTypingResponse__Output as _chat_core_v1_SendTypingResponse__Output } from './chat/core/v1/SendTypingResponse.ts';
import type { SetMemberRoleRequest as _chat_core_v1_SetMemberRoleRequest, SetMemberRoleRequest__Output as _chat_core_v1_SetMemberRoleRequest__Output } from './chat/core/v1/SetMemberRoleRequest.ts';
import type { SharesRoomRequest as _chat_core_v1_SharesRoomRequest, SharesRoomRequest__Output as _chat_core_v1_SharesRoomRequest__Output } from './chat/core/v1/SharesRoomRequest.ts';
import type { SharesRoomResponse as _chat_core_v1_SharesRoomResponse, SharesRoomResponse__Output as _chat_core_v1_SharesRoomResponse__Output } from './chat/core/v1/SharesRoomResponse.ts';
import type { UpdateRoomRequest as _chat_core_v1_UpdateRoomRequest, UpdateRoomRequest__Output as _chat_core_v1_UpdateRoomRequest__Output } from './chat/core/v1/UpdateRoomRequest.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  chat: {
    common: {
      v1: {
        Empty: MessageTypeDefinition<_chat_common_v1_Empty, _chat_common_v1_Empty__Output>
        HealthResponse: MessageTypeDefinition<_chat_common_v1_HealthResponse, _chat_common_v1_HealthResponse__Output>
      }
    }
    core: {
      v1: {
        AddUsersRequest: MessageTypeDefinition<_chat_core_v1_AddUsersRequest, _chat_core_v1_AddUsersRequest__Output>
        AddUsersResponse: MessageTypeDefinition<_chat_core_v1_AddUsersResponse, _chat_core_v1_AddUsersResponse__Output>
        AdminAddParticipantsRequest: MessageTypeDefinition<_chat_core_v1_AdminAddParticipantsRequest, _chat_core_v1_AdminAddParticipantsRequest__Output>
        AdminCreateRoomRequest: MessageTypeDefinition<_chat_core_v1_AdminCreateRoomRequest, _chat_core_v1_AdminCreateRoomRequest__Output>
        AdminDeleteMessageRequest: MessageTypeDefinition<_chat_core_v1_AdminDeleteMessageRequest, _chat_core_v1_AdminDeleteMessageRequest__Output>
        AdminListEventsRequest: MessageTypeDefinition<_chat_core_v1_AdminListEventsRequest, _chat_core_v1_AdminListEventsRequest__Output>
        AdminListMessagesRequest: MessageTypeDefinition<_chat_core_v1_AdminListMessagesRequest, _chat_core_v1_AdminListMessagesRequest__Output>
        AdminListMessagesResponse: MessageTypeDefinition<_chat_core_v1_AdminListMessagesResponse, _chat_core_v1_AdminListMessagesResponse__Output>
        AdminRemoveParticipantRequest: MessageTypeDefinition<_chat_core_v1_AdminRemoveParticipantRequest, _chat_core_v1_AdminRemoveParticipantRequest__Output>
        AdminRoom: MessageTypeDefinition<_chat_core_v1_AdminRoom, _chat_core_v1_AdminRoom__Output>
        AdminRoomRequest: MessageTypeDefinition<_chat_core_v1_AdminRoomRequest, _chat_core_v1_AdminRoomRequest__Output>
        AdminSetMemberRoleRequest: MessageTypeDefinition<_chat_core_v1_AdminSetMemberRoleRequest, _chat_core_v1_AdminSetMemberRoleRequest__Output>
        AdminSetRoomRetentionRequest: MessageTypeDefinition<_chat_core_v1_AdminSetRoomRetentionRequest, _chat_core_v1_AdminSetRoomRetentionRequest__Output>
        CancelInvitationRequest: MessageTypeDefinition<_chat_core_v1_CancelInvitationRequest, _chat_core_v1_CancelInvitationRequest__Output>
        ChatCore: SubtypeConstructor<typeof grpc.Client, _chat_core_v1_ChatCoreClient> & { service: _chat_core_v1_ChatCoreDefinition }
        CreateRoomRequest: MessageTypeDefinition<_chat_core_v1_CreateRoomRequest, _chat_core_v1_CreateRoomRequest__Output>
        DeleteMessageRequest: MessageTypeDefinition<_chat_core_v1_DeleteMessageRequest, _chat_core_v1_DeleteMessageRequest__Output>
        EditMessageRequest: MessageTypeDefinition<_chat_core_v1_EditMessageRequest, _chat_core_v1_EditMessageRequest__Output>
        GetMessageRequest: MessageTypeDefinition<_chat_core_v1_GetMessageRequest, _chat_core_v1_GetMessageRequest__Output>
        GetRoomRequest: MessageTypeDefinition<_chat_core_v1_GetRoomRequest, _chat_core_v1_GetRoomRequest__Output>
        Invitation: MessageTypeDefinition<_chat_core_v1_Invitation, _chat_core_v1_Invitation__Output>
        LeaveRoomRequest: MessageTypeDefinition<_chat_core_v1_LeaveRoomRequest, _chat_core_v1_LeaveRoomRequest__Output>
        ListAllRoomsRequest: MessageTypeDefinition<_chat_core_v1_ListAllRoomsRequest, _chat_core_v1_ListAllRoomsRequest__Output>
        ListAllRoomsResponse: MessageTypeDefinition<_chat_core_v1_ListAllRoomsResponse, _chat_core_v1_ListAllRoomsResponse__Output>
        ListEventsRequest: MessageTypeDefinition<_chat_core_v1_ListEventsRequest, _chat_core_v1_ListEventsRequest__Output>
        ListEventsResponse: MessageTypeDefinition<_chat_core_v1_ListEventsResponse, _chat_core_v1_ListEventsResponse__Output>
        ListInvitationsRequest: MessageTypeDefinition<_chat_core_v1_ListInvitationsRequest, _chat_core_v1_ListInvitationsRequest__Output>
        ListInvitationsResponse: MessageTypeDefinition<_chat_core_v1_ListInvitationsResponse, _chat_core_v1_ListInvitationsResponse__Output>
        ListMessagesRequest: MessageTypeDefinition<_chat_core_v1_ListMessagesRequest, _chat_core_v1_ListMessagesRequest__Output>
        ListMessagesResponse: MessageTypeDefinition<_chat_core_v1_ListMessagesResponse, _chat_core_v1_ListMessagesResponse__Output>
        ListRoomEventsRequest: MessageTypeDefinition<_chat_core_v1_ListRoomEventsRequest, _chat_core_v1_ListRoomEventsRequest__Output>
        ListRoomsRequest: MessageTypeDefinition<_chat_core_v1_ListRoomsRequest, _chat_core_v1_ListRoomsRequest__Output>
        ListRoomsResponse: MessageTypeDefinition<_chat_core_v1_ListRoomsResponse, _chat_core_v1_ListRoomsResponse__Output>
        ListUserRoomIdsRequest: MessageTypeDefinition<_chat_core_v1_ListUserRoomIdsRequest, _chat_core_v1_ListUserRoomIdsRequest__Output>
        ListUserRoomIdsResponse: MessageTypeDefinition<_chat_core_v1_ListUserRoomIdsResponse, _chat_core_v1_ListUserRoomIdsResponse__Output>
        MarkReadRequest: MessageTypeDefinition<_chat_core_v1_MarkReadRequest, _chat_core_v1_MarkReadRequest__Output>
        MarkReadResponse: MessageTypeDefinition<_chat_core_v1_MarkReadResponse, _chat_core_v1_MarkReadResponse__Output>
        Member: MessageTypeDefinition<_chat_core_v1_Member, _chat_core_v1_Member__Output>
        Message: MessageTypeDefinition<_chat_core_v1_Message, _chat_core_v1_Message__Output>
        OpenDirectRoomRequest: MessageTypeDefinition<_chat_core_v1_OpenDirectRoomRequest, _chat_core_v1_OpenDirectRoomRequest__Output>
        RemoveMemberRequest: MessageTypeDefinition<_chat_core_v1_RemoveMemberRequest, _chat_core_v1_RemoveMemberRequest__Output>
        RespondInvitationRequest: MessageTypeDefinition<_chat_core_v1_RespondInvitationRequest, _chat_core_v1_RespondInvitationRequest__Output>
        Room: MessageTypeDefinition<_chat_core_v1_Room, _chat_core_v1_Room__Output>
        RoomEvent: MessageTypeDefinition<_chat_core_v1_RoomEvent, _chat_core_v1_RoomEvent__Output>
        SendError: MessageTypeDefinition<_chat_core_v1_SendError, _chat_core_v1_SendError__Output>
        SendMessageRequest: MessageTypeDefinition<_chat_core_v1_SendMessageRequest, _chat_core_v1_SendMessageRequest__Output>
        SendMessageResponse: MessageTypeDefinition<_chat_core_v1_SendMessageResponse, _chat_core_v1_SendMessageResponse__Output>
        SendMessagesRequest: MessageTypeDefinition<_chat_core_v1_SendMessagesRequest, _chat_core_v1_SendMessagesRequest__Output>
        SendMessagesResponse: MessageTypeDefinition<_chat_core_v1_SendMessagesResponse, _chat_core_v1_SendMessagesResponse__Output>
        SendOutcome: MessageTypeDefinition<_chat_core_v1_SendOutcome, _chat_core_v1_SendOutcome__Output>
        SendTypingRequest: MessageTypeDefinition<_chat_core_v1_SendTypingRequest, _chat_core_v1_SendTypingRequest__Output>
        SendTypingResponse: MessageTypeDefinition<_chat_core_v1_SendTypingResponse, _chat_core_v1_SendTypingResponse__Output>
        SetMemberRoleRequest: MessageTypeDefinition<_chat_core_v1_SetMemberRoleRequest, _chat_core_v1_SetMemberRoleRequest__Output>
        SharesRoomRequest: MessageTypeDefinition<_chat_core_v1_SharesRoomRequest, _chat_core_v1_SharesRoomRequest__Output>
        SharesRoomResponse: MessageTypeDefinition<_chat_core_v1_SharesRoomResponse, _chat_core_v1_SharesRoomResponse__Output>
        UpdateRoomRequest: MessageTypeDefinition<_chat_core_v1_UpdateRoomRequest, _chat_core_v1_UpdateRoomRequest__Output>
      }
    }
  }
}

