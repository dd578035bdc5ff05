// Original file: protos/chat.proto


export interface DeleteMessageRequest {
  'user_id'?: (string);
  'message_id'?: (string);
}

export interface DeleteMessageRequest__Output {
  'user_id': (string);
  'message_id': (string);
}
