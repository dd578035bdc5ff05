// Original file: protos/chat.proto


export interface EditMessageRequest {
  'user_id'?: (string);
  'message_id'?: (string);
  'content'?: (string);
}

export interface EditMessageRequest__Output {
  'user_id': (string);
  'message_id': (string);
  'content': (string);
}
