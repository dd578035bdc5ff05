// Original file: protos/chat.proto


export interface ListInvitationsRequest {
  'user_id'?: (string);
}

export interface ListInvitationsRequest__Output {
  'user_id': (string);
}
