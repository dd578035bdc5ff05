// Original file: protos/chat.proto


export interface CancelInvitationRequest {
  'user_id'?: (string);
  'invitation_id'?: (string);
}

export interface CancelInvitationRequest__Output {
  'user_id': (string);
  'invitation_id': (string);
}
