// Original file: protos/webhooks.proto

import type { Long } from '@grpc/proto-loader';

export interface DeliveryRef {
  'id'?: (number | string | Long);
}

export interface DeliveryRef__Output {
  'id': (string);
}
