import type { FastifyPluginAsync } from 'fastify';
import { createWebhooksClient, type AuthClient } from '@chat/grpc';
import type { Delivery__Output } from '@chat/grpc/generated/chat/webhooks/v1/Delivery.ts';
import type { Endpoint__Output } from '@chat/grpc/generated/chat/webhooks/v1/Endpoint.ts';
import { installAdminGuard } from './admin-guard.ts';
import { idParams } from '../http/schema-fragments.ts';
import { result, security } from './admin-shapes.ts';
import { auditRecorder } from './audit-recorder.ts';
import type { MasterKeyLimiter } from './master-key-limiter.ts';

export interface AdminWebhooksRoutesOptions {
  auth: AuthClient;
  /** chat-core's gRPC address: it serves protos/webhooks.proto beside ChatCore. */
  chatGrpcUrl: string;
  deadlineMs: number;
  masterKey: string;
  masterKeyLimiter: MasterKeyLimiter;
}

const tags = ['admin: webhooks'];
const EVENT_TYPES = ['message', 'message-edited', 'message-deleted', 'room-joined', 'room-left', 'room-renamed', 'room-deleted'];
const str = { type: 'string' } as const;
const endpointSchema = {
  type: 'object',
  required: ['_id', 'url', 'eventTypes', 'enabled', 'createdAt'],
  properties: {
    _id: str,
    url: str,
    eventTypes: { type: 'array', items: str },
    /** Only when created or rotated: store it, it is not shown again. */
    secret: str,
    previousSecretUntil: { anyOf: [str, { type: 'null' }] },
    enabled: { type: 'boolean' },
    createdAt: str,
  },
} as const;
const deliverySchema = {
  type: 'object',
  properties: {
    _id: { type: 'integer' },
    room: str,
    seq: { type: 'integer' },
    eventType: str,
    status: { type: 'string', enum: ['retrying', 'delivered', 'dead'] },
    attempts: { type: 'integer' },
    responseStatus: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
    error: { anyOf: [str, { type: 'null' }] },
    updatedAt: str,
  },
} as const;
const eventTypes = { type: 'array', minItems: 1, maxItems: EVENT_TYPES.length, items: { type: 'string', enum: EVENT_TYPES } } as const;
const url = { type: 'string', minLength: 1, maxLength: 2048 } as const;

const httpEndpoint = (e: Endpoint__Output) => ({
  _id: e.id,
  url: e.url,
  eventTypes: e.event_types,
  ...(e.secret ? { secret: e.secret } : {}),
  previousSecretUntil: e.previous_secret_until || null,
  enabled: e.enabled,
  createdAt: e.created_at,
});

const httpDelivery = (d: Delivery__Output) => ({
  _id: Number(d.id),
  room: d.room_id,
  seq: Number(d.seq),
  eventType: d.event_type,
  status: d.status,
  attempts: d.attempts,
  responseStatus: d.response_status || null,
  error: d.error || null,
  updatedAt: d.updated_at,
});

/**
 * /admin/webhooks (docs/WEBHOOKS.md): endpoints, secret rotation, the
 * delivery log and its dead letters. Its own scope with the admin guard
 * (master key and admin token, as every /admin route) and its own client of
 * chat-core's Webhooks service.
 */
export const adminWebhooksRoutes: FastifyPluginAsync<AdminWebhooksRoutesOptions> = async (app, options) => {
  installAdminGuard(app, { masterKey: options.masterKey, limiter: options.masterKeyLimiter, auth: options.auth });
  const scope: Scope = { app, audit: auditRecorder(options.auth), hooks: createWebhooksClient(options.chatGrpcUrl, options.deadlineMs) };
  app.addHook('onClose', async () => scope.hooks.close());
  // In this order: it is the OpenAPI description's.
  endpointRoutes(scope);
  rotationAndRemovalRoutes(scope);
  deliveryRoutes(scope);
};

interface Scope {
  app: Parameters<FastifyPluginAsync<AdminWebhooksRoutesOptions>>[0];
  audit: ReturnType<typeof auditRecorder>;
  hooks: ReturnType<typeof createWebhooksClient>;
}

/** List, register and change endpoints. */
function endpointRoutes({ app, audit, hooks }: Scope): void {
  app.get('/webhooks', {
    schema: { tags, summary: 'The webhook endpoints (secrets are not shown)', security, response: { 200: { type: 'object', required: ['endpoints'], properties: { endpoints: { type: 'array', items: endpointSchema } } } } },
  }, async () => ({ endpoints: (await hooks.ListEndpoints({})).endpoints.map(httpEndpoint) }));

  app.post<{ Body: { url: string; eventTypes: string[]; secret?: string } }>('/webhooks', {
    schema: {
      tags,
      summary: 'Register an endpoint: each event of these types is POSTed to it, signed with the secret (made when not given; shown once)',
      security,
      body: {
        type: 'object',
        required: ['url', 'eventTypes'],
        additionalProperties: false,
        properties: { url, eventTypes, secret: { type: 'string', minLength: 16, maxLength: 200 } },
      },
      response: { 200: endpointSchema },
    },
  }, async (req) => {
    const endpoint = httpEndpoint(await hooks.CreateEndpoint({ url: req.body.url, event_types: req.body.eventTypes, secret: req.body.secret ?? '' }));
    await audit(req, 'webhook.create', endpoint._id, { url: endpoint.url, eventTypes: endpoint.eventTypes });
    return endpoint;
  });

  app.patch<{ Params: { id: string }; Body: { url?: string; eventTypes?: string[]; enabled?: boolean } }>('/webhooks/:id', {
    schema: {
      tags,
      summary: 'Change an endpoint: its URL, event types, or enabled (a disabled one keeps its place and resumes from it)',
      security,
      params: idParams,
      body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { url, eventTypes, enabled: { type: 'boolean' } } },
      response: { 200: endpointSchema },
    },
  }, async (req) => {
    const { url: newUrl, eventTypes: types, enabled } = req.body;
    const endpoint = httpEndpoint(await hooks.UpdateEndpoint({ id: req.params.id, url: newUrl ?? '', event_types: types ?? [], enabled: enabled === undefined ? 'UNSET' : enabled ? 'ON' : 'OFF' }));
    await audit(req, 'webhook.update', req.params.id, req.body);
    return endpoint;
  });
}

/** Rotate an endpoint's secret, and remove an endpoint. */
function rotationAndRemovalRoutes({ app, audit, hooks }: Scope): void {
  app.post<{ Params: { id: string }; Body: { overlapSeconds?: number } | undefined }>('/webhooks/:id/rotate-secret', {
    schema: {
      tags,
      summary: 'A new secret (shown once); the old one keeps signing, as a second signature, for overlapSeconds (default a day)',
      security,
      params: idParams,
      body: { type: 'object', additionalProperties: false, properties: { overlapSeconds: { type: 'integer', minimum: 0, maximum: 604800, default: 86400 } } },
      response: { 200: endpointSchema },
    },
  }, async (req) => {
    const endpoint = httpEndpoint(await hooks.RotateSecret({ id: req.params.id, overlap_seconds: req.body?.overlapSeconds ?? 86400 }));
    await audit(req, 'webhook.rotate-secret', req.params.id);
    return endpoint;
  });

  app.delete<{ Params: { id: string } }>('/webhooks/:id', {
    schema: { tags, summary: 'Remove an endpoint and its delivery log', security, params: idParams, response: result },
  }, async (req) => {
    await hooks.DeleteEndpoint({ id: req.params.id });
    await audit(req, 'webhook.delete', req.params.id);
    return { result: 'Ok' };
  });
}

/** The delivery log, and retrying a delivery. */
function deliveryRoutes({ app, audit, hooks }: Scope): void {
  app.get<{ Params: { id: string }; Querystring: { status?: string; limit: number } }>('/webhooks/:id/deliveries', {
    schema: {
      tags,
      summary: "The endpoint's delivery log, newest first; status=dead lists the dead letters",
      security,
      params: idParams,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { status: { type: 'string', enum: ['retrying', 'delivered', 'dead'] }, limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
      },
      response: { 200: { type: 'object', required: ['deliveries'], properties: { deliveries: { type: 'array', items: deliverySchema } } } },
    },
  }, async (req) => {
    const r = await hooks.ListDeliveries({ endpoint_id: req.params.id, status: req.query.status ?? '', limit: req.query.limit });
    return { deliveries: r.deliveries.map(httpDelivery) };
  });

  app.post<{ Params: { deliveryId: number } }>('/webhooks/deliveries/:deliveryId/retry', {
    schema: {
      tags,
      summary: 'Send a logged delivery (a dead letter) again, now; the log records the outcome',
      security,
      params: { type: 'object', required: ['deliveryId'], properties: { deliveryId: { type: 'integer', minimum: 1 } } },
      response: { 200: deliverySchema },
    },
  }, async (req) => {
    const delivery = httpDelivery(await hooks.RetryDelivery({ id: String(req.params.deliveryId) }));
    await audit(req, 'webhook.retry', String(req.params.deliveryId));
    return delivery;
  });
}
