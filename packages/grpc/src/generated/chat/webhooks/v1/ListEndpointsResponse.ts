// Original file: protos/webhooks.proto

import type { Endpoint as _chat_webhooks_v1_Endpoint, Endpoint__Output as _chat_webhooks_v1_Endpoint__Output } from '../../../chat/webhooks/v1/Endpoint.ts';

export interface ListEndpointsResponse {
  'endpoints'?: (_chat_webhooks_v1_Endpoint)[];
}

export interface ListEndpointsResponse__Output {
  'endpoints': (_chat_webhooks_v1_Endpoint__Output)[];
}
