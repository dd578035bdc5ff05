// Original file: protos/chat.proto


export interface SendMessageRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'content'?: (string);
  'content_type'?: (string);
  'files'?: (string)[];
  'nonce'?: (string);
  'traceparent'?: (string);
}

export interface SendMessageRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'content': (string);
  'content_type': (string);
  'files': (string)[];
  'nonce': (string);
  'traceparent': (string);
}
