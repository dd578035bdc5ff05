// Original file: protos/webhooks.proto


export interface RotateSecretRequest {
  'id'?: (string);
  'overlap_seconds'?: (number);
}

export interface RotateSecretRequest__Output {
  'id': (string);
  'overlap_seconds': (number);
}
