// Original file: protos/webhooks.proto


export interface Endpoint {
  'id'?: (string);
  'url'?: (string);
  'event_types'?: (string)[];
  'secret'?: (string);
  'previous_secret_until'?: (string);
  'enabled'?: (boolean);
  'created_at'?: (string);
}

export interface Endpoint__Output {
  'id': (string);
  'url': (string);
  'event_types': (string)[];
  'secret': (string);
  'previous_secret_until': (string);
  'enabled': (boolean);
  'created_at': (string);
}
