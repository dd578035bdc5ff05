// Original file: protos/chat.proto


export interface AdminAddParticipantsRequest {
  'admin_id'?: (string);
  'room_id'?: (string);
  'user_ids'?: (string)[];
}

export interface AdminAddParticipantsRequest__Output {
  'admin_id': (string);
  'room_id': (string);
  'user_ids': (string)[];
}
