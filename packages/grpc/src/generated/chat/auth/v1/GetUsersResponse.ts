// Original file: protos/auth.proto

import type { User as _chat_auth_v1_User, User__Output as _chat_auth_v1_User__Output } from '../../../chat/auth/v1/User.ts';

export interface GetUsersResponse {
  'users'?: (_chat_auth_v1_User)[];
}

export interface GetUsersResponse__Output {
  'users': (_chat_auth_v1_User__Output)[];
}
