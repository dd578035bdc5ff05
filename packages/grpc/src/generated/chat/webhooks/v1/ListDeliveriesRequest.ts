// Original file: protos/webhooks.proto


export interface ListDeliveriesRequest {
  'endpoint_id'?: (string);
  'status'?: (string);
  'limit'?: (number);
}

export interface ListDeliveriesRequest__Output {
  'endpoint_id': (string);
  'status': (string);
  'limit': (number);
}
