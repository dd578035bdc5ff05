-- A user's blocks of other users: whoever blocked someone cannot be added to a
-- room by them, gets no direct room with them, and neither finds the other in
-- the directory. Both rows go with either account.
CREATE TABLE auth.user_blocks (
  blocker_id  uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  blocked_id  uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (blocker_id, blocked_id),
  CHECK (blocker_id <> blocked_id)
);
-- "Who blocked me" (the directory, room adds, direct rooms).
CREATE INDEX user_blocks_blocked_idx ON auth.user_blocks (blocked_id, blocker_id);
