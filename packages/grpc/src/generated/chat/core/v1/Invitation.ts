// Original file: protos/chat.proto


export interface Invitation {
  'id'?: (string);
  'room_id'?: (string);
  'room_name'?: (string);
  'inviter_id'?: (string);
  'invitee_id'?: (string);
  'created_at'?: (string);
}

export interface Invitation__Output {
  'id': (string);
  'room_id': (string);
  'room_name': (string);
  'inviter_id': (string);
  'invitee_id': (string);
  'created_at': (string);
}
