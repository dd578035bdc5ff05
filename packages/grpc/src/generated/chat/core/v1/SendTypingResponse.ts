// Original file: protos/chat.proto


export interface SendTypingResponse {
  'created_at'?: (string);
}

export interface SendTypingResponse__Output {
  'created_at': (string);
}
