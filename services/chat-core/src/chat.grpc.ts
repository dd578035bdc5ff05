import type { HealthReport, Logger } from '@chat/common';
import { inSpan, tracingOn } from '@chat/common';
import { domainAnswer, type Implementation } from '@chat/grpc';
import type { ChatCoreDefinition } from '@chat/grpc/generated/chat/core/v1/ChatCore.ts';
import type { SendMessageRequest__Output } from '@chat/grpc/generated/chat/core/v1/SendMessageRequest.ts';
import type { SendMessageResponse } from '@chat/grpc/generated/chat/core/v1/SendMessageResponse.ts';
import type { AdminRpcs } from './admin/admin.grpc.ts';
import { toProtoEvent, toProtoInvitation, toProtoMessage, toProtoRoom } from './proto-mappers.ts';
import type { TimelineService } from './timeline/timeline-service.ts';
import type { InvitationsService } from './invitations/invitations-service.ts';
import type { MessagesService } from './messages/messages-service.ts';
import type { RoomsService } from './rooms/rooms-service.ts';
import type { RoomGovernance } from './rooms/room-governance.ts';
import type { DirectRooms } from './rooms/direct-rooms.ts';

export interface ChatGrpcDeps {
  rooms: RoomsService;
  governance: RoomGovernance;
  direct: DirectRooms;
  messages: MessagesService;
  events: TimelineService;
  invitations: InvitationsService;
  health: () => Promise<HealthReport>;
  log: Logger;
}

/**
 * The rpcs of the generated definition without grpc-js's string index
 * signature, which would otherwise demand that every key be a handler.
 */
export type ChatRpcs = { [K in keyof ChatCoreDefinition as string extends K ? never : K]: ChatCoreDefinition[K] };

type ChatImpl = Implementation<Omit<ChatRpcs, keyof AdminRpcs>>;

/** Every rpc but the administration ones (admin/admin.grpc.ts), by what they serve. */
export function chatGrpc(deps: ChatGrpcDeps): ChatImpl {
  return { ...roomRpcs(deps), ...messageRpcs(deps), ...timelineRpcs(deps), ...invitationRpcs(deps), ...peopleRpcs(deps), Health: () => deps.health() };
}

type RoomRpc = 'CreateRoom' | 'AddUsers' | 'LeaveRoom' | 'ListRooms' | 'GetRoom' | 'ListUserRoomIds' | 'MarkRead' | 'UpdateRoom' | 'SetMemberRole' | 'RemoveMember';

function roomRpcs({ rooms, governance }: ChatGrpcDeps): Pick<ChatImpl, RoomRpc> {
  return {
    CreateRoom: async (req) => toProtoRoom(await rooms.create({ userId: req.user_id, name: req.name, userIds: req.user_ids })),
    AddUsers: async (req) => rooms.addUsers({ userId: req.user_id, roomId: req.room_id, userIds: req.user_ids }),
    LeaveRoom: async (req) => {
      await rooms.leave({ userId: req.user_id, roomId: req.room_id });
      return {};
    },
    ListRooms: async (req) => {
      const page = await rooms.list({ userId: req.user_id, skip: req.skip, limit: req.limit });
      return { rooms: page.rooms.map(toProtoRoom), count: page.count };
    },
    GetRoom: async (req) => toProtoRoom(await rooms.get({ userId: req.user_id, roomId: req.room_id })),
    ListUserRoomIds: async (req) => ({ room_ids: await rooms.roomIdsOf({ userId: req.user_id }) }),
    MarkRead: async (req) => ({
      last_read_seq: await rooms.markRead({ userId: req.user_id, roomId: req.room_id, seq: Number(req.seq) }),
    }),
    UpdateRoom: async (req) =>
      toProtoRoom(await governance.update({ userId: req.user_id, roomId: req.room_id, name: req.name, whoCanAdd: req.who_can_add })),
    SetMemberRole: async (req) => {
      await governance.setRole({ userId: req.user_id, roomId: req.room_id, memberId: req.member_id, role: req.role });
      return {};
    },
    RemoveMember: async (req) => {
      await governance.remove({ userId: req.user_id, roomId: req.room_id, memberId: req.member_id });
      return {};
    },
  };
}

type MessageRpc = 'SendMessage' | 'SendMessages' | 'SendTyping' | 'ListMessages' | 'GetMessage' | 'EditMessage' | 'DeleteMessage';

function messageRpcs({ messages, log }: ChatGrpcDeps): Pick<ChatImpl, MessageRpc> {
  const send = async (req: SendMessageRequest__Output, deadline: number): Promise<SendMessageResponse> => {
    const result = await messages.send(
      { userId: req.user_id, roomId: req.room_id, content: req.content, contentType: req.content_type, files: req.files, nonce: req.nonce },
      deadline,
    );
    return { message: toProtoMessage(result.message), duplicate: result.duplicate };
  };
  return {
    SendMessage: (req, { deadline }) => send(req, deadline),
    // Each send is started in the order given (a room's are queued so), then all are awaited together.
    SendMessages: async (req, { deadline }) => ({
      outcomes: await Promise.all(
        req.messages.map((m) =>
          // Each send continues its own trace (its sender's), not the call's.
          (tracingOn() && m.traceparent ? inSpan('send message', { 'chat.room': m.room_id }, () => send(m, deadline), m.traceparent, 'chat-core') : send(m, deadline)).then(
            (sent) => ({ sent }),
            (error: unknown) => {
              const answer = domainAnswer(error, log, 'SendMessages');
              return { error: { code: answer.code, message: answer.message, retry_after: answer.retryAfter ?? 0 } };
            },
          ),
        ),
      ),
    }),
    SendTyping: async (req) => {
      const signal = await messages.typing({ userId: req.user_id, roomId: req.room_id, content: req.content });
      return { created_at: signal.createdAt.toISOString() };
    },
    ListMessages: async (req) => {
      const page = await messages.list({
        userId: req.user_id,
        roomId: req.room_id,
        skip: req.skip,
        limit: req.limit,
        beforeSeq: Number(req.before_seq),
        afterSeq: Number(req.after_seq),
      });
      return { messages: page.messages.map(toProtoMessage), count: page.count };
    },
    GetMessage: async (req) => toProtoMessage(await messages.get({ userId: req.user_id, messageId: req.message_id })),
    EditMessage: async (req) =>
      toProtoMessage(await messages.edit({ userId: req.user_id, messageId: req.message_id, content: req.content })),
    DeleteMessage: async (req) => {
      await messages.delete({ userId: req.user_id, messageId: req.message_id });
      return {};
    },
  };
}

function timelineRpcs({ events }: ChatGrpcDeps): Pick<ChatImpl, 'ListEvents' | 'ListRoomEvents'> {
  return {
    ListEvents: async (req) => {
      const page = await events.list({ userId: req.user_id, roomId: req.room_id, since: Number(req.since), limit: req.limit });
      return { events: page.events.map(toProtoEvent), has_more: page.hasMore, gap: page.gap, last_seq: page.lastSeq };
    },
    ListRoomEvents: async (req) => {
      const page = await events.ofRoom({ roomId: req.room_id, since: Number(req.since), limit: req.limit });
      return { events: page.events.map(toProtoEvent), has_more: page.hasMore, gap: page.gap, last_seq: page.lastSeq };
    },
  };
}

function invitationRpcs({ invitations }: ChatGrpcDeps): Pick<ChatImpl, 'ListInvitations' | 'RespondInvitation' | 'CancelInvitation'> {
  return {
    ListInvitations: async (req) => ({ invitations: (await invitations.list({ userId: req.user_id })).map(toProtoInvitation) }),
    RespondInvitation: async (req) => {
      await invitations.respond({ userId: req.user_id, invitationId: req.invitation_id, accept: req.accept });
      return {};
    },
    CancelInvitation: async (req) => {
      await invitations.cancel({ userId: req.user_id, invitationId: req.invitation_id });
      return {};
    },
  };
}

/** Direct rooms, and whether two people share a room (the gateway's profile visibility asks). */
function peopleRpcs({ direct }: ChatGrpcDeps): Pick<ChatImpl, 'OpenDirectRoom' | 'SharesRoom'> {
  return {
    OpenDirectRoom: async (req) => toProtoRoom(await direct.open({ userId: req.user_id, otherId: req.other_id })),
    SharesRoom: async (req) => ({ shared: await direct.share({ userId: req.user_id, otherId: req.other_id }) }),
  };
}
