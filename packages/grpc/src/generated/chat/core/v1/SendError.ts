// Original file: protos/chat.proto


export interface SendError {
  'code'?: (string);
  'message'?: (string);
  'retry_after'?: (number);
}

export interface SendError__Output {
  'code': (string);
  'message': (string);
  'retry_after': (number);
}
