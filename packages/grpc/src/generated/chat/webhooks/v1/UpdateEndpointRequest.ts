// Original file: protos/webhooks.proto

import type { Toggle as _chat_webhooks_v1_Toggle, Toggle__Output as _chat_webhooks_v1_Toggle__Output } from '../../../chat/webhooks/v1/Toggle.ts';

export interface UpdateEndpointRequest {
  'id'?: (string);
  'url'?: (string);
  'event_types'?: (string)[];
  'enabled'?: (_chat_webhooks_v1_Toggle);
}

export interface UpdateEndpointRequest__Output {
  'id': (string);
  'url': (string);
  'event_types': (string)[];
  'enabled': (_chat_webhooks_v1_Toggle__Output);
}
