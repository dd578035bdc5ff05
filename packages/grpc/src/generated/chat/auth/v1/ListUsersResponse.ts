// Original file: protos/auth.proto

import type { User as _chat_auth_v1_User, User__Output as _chat_auth_v1_User__Output } from '../../../chat/auth/v1/User.ts';
import type { Long } from '@grpc/proto-loader';

export interface ListUsersResponse {
  'users'?: (_chat_auth_v1_User)[];
  'count'?: (number | string | Long);
}

export interface ListUsersResponse__Output {
  'users': (_chat_auth_v1_User__Output)[];
  'count': (string);
}
