import { conflict, forbidden, notFound } from '@chat/common';
import type { ChatDb } from '../stores.ts';
import { roomJoinedPayload } from '../timeline/room-event.ts';
import { appendRoomEvent } from '../timeline/append-room-event.ts';
import { roomNotFound } from '../rooms/room.ts';
import { requireExistingUsers, type UserDirectory } from '../users/user-directory.ts';
import { requireUuid } from '../validation.ts';
import { invitationNotFound, type Invitation } from './invitation.ts';

/**
 * Explicit room joins: a participant invites, the invitee accepts (and only
 * then joins) or declines, the inviter may cancel. Someone who is neither
 * invitee nor participant gets NOT_FOUND, like for rooms.
 */
export class InvitationsService {
  constructor(private readonly deps: { db: ChatDb; directory: UserDirectory }) {}

  /** The caller's membership is checked by RoomsService.addUsers before this. */
  async invite(input: { inviterId: string; roomId: string; inviteeIds: string[] }): Promise<void> {
    const { inviterId, roomId, inviteeIds } = input;
    await requireExistingUsers(this.deps.directory, inviteeIds);
    await this.deps.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(roomId);
      if (!room || !(await tx.members.isMember(roomId, inviterId))) throw notFound(roomNotFound(roomId));
      const members = await tx.members.membersAmong(roomId, inviteeIds);
      if (members.size > 0) throw conflict(`users already in the room: ${inviteeIds.filter((id) => members.has(id)).join(', ')}`);
      const invited = await tx.invitations.invitedAmong(roomId, inviteeIds);
      if (invited.size > 0) throw conflict(`users already invited: ${inviteeIds.filter((id) => invited.has(id)).join(', ')}`);
      await tx.invitations.insertMany(roomId, inviterId, inviteeIds);
    });
  }

  async list(input: { userId: string }): Promise<Invitation[]> {
    return this.deps.db.read.invitations.listForInvitee(requireUuid('user_id', input.userId));
  }

  async respond(input: { userId: string; invitationId: string; accept: boolean }): Promise<void> {
    const userId = requireUuid('user_id', input.userId);
    const invitationId = requireUuid('invitation_id', input.invitationId);
    const invitation = await this.deps.db.read.invitations.get(invitationId);
    if (!invitation || invitation.inviteeId !== userId) throw notFound(invitationNotFound(invitationId));
    if (!input.accept) {
      await this.deps.db.read.invitations.delete(invitationId);
      return;
    }
    const { roomId, roomName } = invitation;
    await this.deps.db.transaction(async (tx) => {
      const room = await tx.rooms.lockLive(roomId);
      // Gone meanwhile: answered twice, cancelled, or the room was deleted.
      if (!room || !(await tx.invitations.delete(invitationId))) throw notFound(invitationNotFound(invitationId));
      if ((await tx.members.membersAmong(roomId, [userId])).size > 0) return;
      await tx.members.addMembers(roomId, [userId]);
      await tx.members.logMembership(roomId, [userId], 'join', userId);
      await appendRoomEvent(tx, roomId, userId, (seq) => ({
        type: 'room-joined',
        payload: roomJoinedPayload(roomId, roomName, [userId], userId, seq),
      }));
    });
  }

  async cancel(input: { userId: string; invitationId: string }): Promise<void> {
    const userId = requireUuid('user_id', input.userId);
    const invitationId = requireUuid('invitation_id', input.invitationId);
    const invitation = await this.deps.db.read.invitations.get(invitationId);
    if (!invitation) throw notFound(invitationNotFound(invitationId));
    if (invitation.inviterId !== userId) {
      const involved = invitation.inviteeId === userId || (await this.deps.db.read.members.isMember(invitation.roomId, userId));
      if (!involved) throw notFound(invitationNotFound(invitationId));
      throw forbidden('only the inviter can cancel an invitation');
    }
    await this.deps.db.read.invitations.delete(invitationId);
  }
}
