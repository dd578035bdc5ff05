// Original file: protos/chat.proto

import type { RoomEvent as _chat_core_v1_RoomEvent, RoomEvent__Output as _chat_core_v1_RoomEvent__Output } from '../../../chat/core/v1/RoomEvent.ts';
import type { Long } from '@grpc/proto-loader';

export interface ListEventsResponse {
  'events'?: (_chat_core_v1_RoomEvent)[];
  'has_more'?: (boolean);
  'gap'?: (boolean);
  'last_seq'?: (number | string | Long);
}

export interface ListEventsResponse__Output {
  'events': (_chat_core_v1_RoomEvent__Output)[];
  'has_more': (boolean);
  'gap': (boolean);
  'last_seq': (string);
}
