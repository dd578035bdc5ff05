// Original file: protos/chat.proto


export interface AdminRemoveParticipantRequest {
  'admin_id'?: (string);
  'room_id'?: (string);
  'user_id'?: (string);
}

export interface AdminRemoveParticipantRequest__Output {
  'admin_id': (string);
  'room_id': (string);
  'user_id': (string);
}
