// Original file: protos/webhooks.proto

import type { Long } from '@grpc/proto-loader';

export interface Delivery {
  'id'?: (number | string | Long);
  'endpoint_id'?: (string);
  'room_id'?: (string);
  'seq'?: (number | string | Long);
  'event_type'?: (string);
  'status'?: (string);
  'attempts'?: (number);
  'response_status'?: (number);
  'error'?: (string);
  'updated_at'?: (string);
}

export interface Delivery__Output {
  'id': (string);
  'endpoint_id': (string);
  'room_id': (string);
  'seq': (string);
  'event_type': (string);
  'status': (string);
  'attempts': (number);
  'response_status': (number);
  'error': (string);
  'updated_at': (string);
}
