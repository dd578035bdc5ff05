// Original file: protos/webhooks.proto


export interface CreateEndpointRequest {
  'url'?: (string);
  'event_types'?: (string)[];
  'secret'?: (string);
}

export interface CreateEndpointRequest__Output {
  'url': (string);
  'event_types': (string)[];
  'secret': (string);
}
