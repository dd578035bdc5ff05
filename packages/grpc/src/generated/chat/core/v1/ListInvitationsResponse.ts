// Original file: protos/chat.proto

import type { Invitation as _chat_core_v1_Invitation, Invitation__Output as _chat_core_v1_Invitation__Output } from '../../../chat/core/v1/Invitation.ts';

export interface ListInvitationsResponse {
  'invitations'?: (_chat_core_v1_Invitation)[];
}

export interface ListInvitationsResponse__Output {
  'invitations': (_chat_core_v1_Invitation__Output)[];
}
