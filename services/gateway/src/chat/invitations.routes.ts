import type { FastifyPluginAsync } from 'fastify';
import type { ChatClient } from '@chat/grpc';
import { idParams, uuid } from '../http/schema-fragments.ts';
import { okResult } from './chat-params.ts';
import { httpInvitation, invitationSchema } from './chat-shapes.ts';

export interface InvitationsRoutesOptions {
  chat: ChatClient;
}

/** Invitations (CHAT_EXPLICIT_ROOM_JOINS): the caller's, answering one, and taking back one they sent. */
export const invitationsRoutes: FastifyPluginAsync<InvitationsRoutesOptions> = async (app, { chat }) => {
  app.get('/chat/invitations', {
    schema: { response: { 200: { type: 'object', required: ['invitations'], properties: { invitations: { type: 'array', items: invitationSchema } } } } },
  }, async (req) => {
    const { invitations } = await chat.ListInvitations({ user_id: req.user.id });
    return { invitations: invitations.map(httpInvitation) };
  });

  app.put<{ Params: { id: string; answer: 'accept' | 'decline' } }>('/chat/invitations/:id/:answer', {
    schema: {
      params: { type: 'object', required: ['id', 'answer'], properties: { id: uuid, answer: { type: 'string', enum: ['accept', 'decline'] } } },
      response: okResult,
    },
  }, async (req) => {
    await chat.RespondInvitation({ user_id: req.user.id, invitation_id: req.params.id, accept: req.params.answer === 'accept' });
    return { result: 'Ok' };
  });

  app.delete<{ Params: { id: string } }>('/chat/invitations/:id', { schema: { params: idParams, response: okResult } }, async (req) => {
    await chat.CancelInvitation({ user_id: req.user.id, invitation_id: req.params.id });
    return { result: 'Ok' };
  });
};
