// Original file: protos/chat.proto


export interface RespondInvitationRequest {
  'user_id'?: (string);
  'invitation_id'?: (string);
  'accept'?: (boolean);
}

export interface RespondInvitationRequest__Output {
  'user_id': (string);
  'invitation_id': (string);
  'accept': (boolean);
}
