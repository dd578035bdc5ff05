import { invalid, isUuid, notFound, DomainError } from '@chat/common';
import type { Implementation } from '@chat/grpc';
import type { WebhooksDefinition } from '@chat/grpc/generated/chat/webhooks/v1/Webhooks.ts';
import { ROOM_EVENT_TYPES } from '../timeline/room-event.ts';
import type { WebhookDispatcher } from './webhook-dispatcher.ts';
import { newWebhookSecret } from './webhook-signature.ts';
import type { DeliveryStatus, WebhookStore } from './webhook-store.ts';
import { toProtoDelivery, toProtoEndpoint } from '../proto-mappers.ts';
import { assertPublicUrl } from './url-guard.ts';

export interface WebhooksGrpcDeps {
  store: WebhookStore;
  /** Undefined when this chat-core does not deliver (WEBHOOKS_ENABLED=false): retries are then refused. */
  dispatcher: WebhookDispatcher | undefined;
  allowPrivate: boolean;
}

const STATUSES: readonly string[] = ['retrying', 'delivered', 'dead'];

function eventTypes(types: string[]): string[] {
  const unknown = types.filter((t) => !(ROOM_EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) throw invalid(`eventTypes: unknown ${unknown.join(', ')} (known: ${ROOM_EVENT_TYPES.join(', ')})`);
  return [...new Set(types)];
}

function endpointId(id: string): string {
  if (!isUuid(id)) throw invalid('id: must be a uuid');
  return id;
}

const found = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw notFound(`${what} not found`);
  return value;
};

/** protos/webhooks.proto over the store and the dispatcher: the admin API's way to webhooks. */
export function webhooksGrpc({ store, dispatcher, allowPrivate }: WebhooksGrpcDeps): Implementation<WebhooksDefinition> {
  return {
    ListEndpoints: async () => ({ endpoints: (await store.list()).map((e) => toProtoEndpoint(e)) }),
    CreateEndpoint: async (req) => {
      await assertPublicUrl(req.url, allowPrivate);
      if (req.event_types.length === 0) throw invalid('eventTypes: name at least one event type');
      if (req.secret && req.secret.length < 16) throw invalid('secret: at least 16 characters');
      const endpoint = await store.create({ url: req.url, eventTypes: eventTypes(req.event_types), secret: req.secret || newWebhookSecret() });
      return toProtoEndpoint(endpoint, true);
    },
    UpdateEndpoint: async (req) => {
      if (req.url) await assertPublicUrl(req.url, allowPrivate);
      const change = {
        ...(req.url ? { url: req.url } : {}),
        ...(req.event_types.length > 0 ? { eventTypes: eventTypes(req.event_types) } : {}),
        ...(req.enabled === 'UNSET' ? {} : { enabled: req.enabled === 'ON' }),
      };
      return toProtoEndpoint(found(await store.update(endpointId(req.id), change), 'webhook endpoint'));
    },
    RotateSecret: async (req) => {
      if (req.overlap_seconds < 0 || req.overlap_seconds > 7 * 24 * 3600) throw invalid('overlapSeconds: between 0 and 604800 (a week)');
      return toProtoEndpoint(found(await store.rotateSecret(endpointId(req.id), newWebhookSecret(), req.overlap_seconds), 'webhook endpoint'), true);
    },
    DeleteEndpoint: async (req) => {
      if (!(await store.remove(endpointId(req.id)))) throw notFound('webhook endpoint not found');
      return {};
    },
    ListDeliveries: async (req) => {
      if (req.status && !STATUSES.includes(req.status)) throw invalid(`status: one of ${STATUSES.join(', ')}`);
      found(await store.get(endpointId(req.endpoint_id)), 'webhook endpoint');
      const status = (req.status || undefined) as DeliveryStatus | undefined;
      const deliveries = await store.deliveries(req.endpoint_id, { ...(status ? { status } : {}), limit: Math.min(Math.max(req.limit || 50, 1), 200) });
      return { deliveries: deliveries.map(toProtoDelivery) };
    },
    RetryDelivery: async (req) => {
      if (!dispatcher) throw new DomainError('UNAVAILABLE', 'this chat-core does not deliver webhooks (WEBHOOKS_ENABLED=false)');
      return toProtoDelivery(found(await dispatcher.retry(Number(req.id)), 'delivery'));
    },
  };
}
