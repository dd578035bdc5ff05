// Original file: protos/chat.proto


export interface AdminDeleteMessageRequest {
  'admin_id'?: (string);
  'message_id'?: (string);
}

export interface AdminDeleteMessageRequest__Output {
  'admin_id': (string);
  'message_id': (string);
}
