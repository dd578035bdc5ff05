// Original file: protos/webhooks.proto

import type { Delivery as _chat_webhooks_v1_Delivery, Delivery__Output as _chat_webhooks_v1_Delivery__Output } from '../../../chat/webhooks/v1/Delivery.ts';

export interface ListDeliveriesResponse {
  'deliveries'?: (_chat_webhooks_v1_Delivery)[];
}

export interface ListDeliveriesResponse__Output {
  'deliveries': (_chat_webhooks_v1_Delivery__Output)[];
}
