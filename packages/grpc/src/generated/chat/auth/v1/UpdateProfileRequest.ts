// Original file: protos/auth.proto


export interface UpdateProfileRequest {
  'user_id'?: (string);
  'display_name'?: (string);
  'avatar_url'?: (string);
  '_display_name'?: "display_name";
  '_avatar_url'?: "avatar_url";
}

export interface UpdateProfileRequest__Output {
  'user_id': (string);
  'display_name'?: (string);
  'avatar_url'?: (string);
  '_display_name'?: "display_name";
  '_avatar_url'?: "avatar_url";
}
