// Original file: protos/chat.proto


export interface GetMessageRequest {
  'user_id'?: (string);
  'message_id'?: (string);
}

export interface GetMessageRequest__Output {
  'user_id': (string);
  'message_id': (string);
}
