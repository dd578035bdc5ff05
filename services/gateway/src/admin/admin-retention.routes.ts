import type { FastifyPluginAsync } from 'fastify';
import type { ChatClient } from '@chat/grpc';
import type { AuditRecorder } from './audit-recorder.ts';
import { idParams } from '../http/schema-fragments.ts';
import { result, security } from './admin-shapes.ts';

export interface AdminRetentionRoutesOptions {
  chat: Pick<ChatClient, 'AdminSetRoomRetention'>;
  audit: AuditRecorder;
}

/** chat-core's bound (services/chat-core/src/retention/retention-days.ts): a hundred years. */
const MAX_DAYS = 36_500;

/** A room's own message retention (docs/OPERATIONS.md, "Data lifecycle"). */
export const adminRetentionRoutes: FastifyPluginAsync<AdminRetentionRoutesOptions> = async (app, { chat, audit }) => {
  app.put<{ Params: { id: string }; Body: { days: number | null } }>('/rooms/:id/retention', {
    schema: {
      // Out of the OpenAPI description for now, as the system page's route: the SDK's types are generated
      // from it (pnpm gen:client), and that regeneration belongs with the SDK's own pending changes.
      hide: true,
      tags: ['admin: rooms'],
      summary: "The room's message retention: messages older than `days` are deleted; null: the deployment's CHAT_MESSAGE_RETENTION_DAYS",
      security,
      params: idParams,
      body: {
        type: 'object',
        required: ['days'],
        additionalProperties: false,
        properties: { days: { type: ['integer', 'null'], minimum: 1, maximum: MAX_DAYS } },
      },
      response: result,
    },
  }, async (req) => {
    await chat.AdminSetRoomRetention({ admin_id: req.admin.id, room_id: req.params.id, days: req.body.days ?? 0 });
    await audit(req, 'room.retention', req.params.id, { days: req.body.days });
    return { result: 'Ok' };
  });
};
