// Original file: protos/chat.proto


export interface SendTypingRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'content'?: (string);
}

export interface SendTypingRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'content': (string);
}
