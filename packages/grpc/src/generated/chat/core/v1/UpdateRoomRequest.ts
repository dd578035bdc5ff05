// Original file: protos/chat.proto


export interface UpdateRoomRequest {
  'user_id'?: (string);
  'room_id'?: (string);
  'name'?: (string);
  'who_can_add'?: (string);
  '_name'?: "name";
  '_who_can_add'?: "who_can_add";
}

export interface UpdateRoomRequest__Output {
  'user_id': (string);
  'room_id': (string);
  'name'?: (string);
  'who_can_add'?: (string);
  '_name'?: "name";
  '_who_can_add'?: "who_can_add";
}
