-- The chat schema, built around the delivery guarantee (docs/ARCHITECTURE.md, "The delivery guarantee"):
-- every room has a gap-free sequence (rooms.last_seq, bumped in the same
-- transaction as the change), every timeline change is one row of room_events
-- with that seq (the transactional outbox the publisher reads after commit), and
-- sends are idempotent on (room, sender, nonce).

CREATE TABLE chat.rooms (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  creator_id  uuid NOT NULL,
  -- Seq of the room's newest event; the next event gets last_seq + 1.
  last_seq    bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  -- Set instead of deleting the row when audit mode is on.
  deleted_at  timestamptz
);
CREATE INDEX rooms_live_created_idx ON chat.rooms (created_at DESC, id) WHERE deleted_at IS NULL;

CREATE TABLE chat.members (
  room_id        uuid NOT NULL REFERENCES chat.rooms (id) ON DELETE CASCADE,
  user_id        uuid NOT NULL,
  -- Read state is one number: the last seq this member has read.
  last_read_seq  bigint NOT NULL DEFAULT 0 CHECK (last_read_seq >= 0),
  joined_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (room_id, user_id)
);
-- "The rooms of a user" (socket join on connect, GET /chat/rooms).
CREATE INDEX members_user_idx ON chat.members (user_id, room_id);

CREATE TABLE chat.messages (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  room_id       uuid NOT NULL REFERENCES chat.rooms (id) ON DELETE CASCADE,
  seq           bigint NOT NULL CHECK (seq > 0),
  sender_id     uuid NOT NULL,
  content       text NOT NULL,
  content_type  text NOT NULL CHECK (content_type IN ('text', 'file', 'multimedia', 'system')),
  files         text[] NOT NULL DEFAULT '{}',
  nonce         text CHECK (nonce IS NULL OR length(nonce) BETWEEN 1 AND 128),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  deleted_at    timestamptz,
  -- History pages and cursors walk (room, seq); seq is the order.
  UNIQUE (room_id, seq),
  -- Idempotent sends, cluster-wide: a repeated nonce can never store twice.
  UNIQUE (room_id, sender_id, nonce)
);
-- Unread counts and "messages across my rooms" skip deleted rows cheaply.
CREATE INDEX messages_room_live_seq_idx ON chat.messages (room_id, seq) WHERE deleted_at IS NULL;

CREATE TABLE chat.room_events (
  room_id       uuid NOT NULL REFERENCES chat.rooms (id) ON DELETE CASCADE,
  seq           bigint NOT NULL CHECK (seq > 0),
  type          text NOT NULL CHECK (type IN (
                  'message', 'message-edited', 'message-deleted',
                  'room-joined', 'room-left', 'room-renamed', 'room-deleted')),
  -- The event as socket clients receive it.
  payload       jsonb NOT NULL,
  -- Who caused it (membership log: who added, who left).
  actor_id      uuid,
  created_at    timestamptz NOT NULL DEFAULT now(),
  -- Outbox state: NULL until the publisher has handed the event to the bus.
  published_at  timestamptz,
  PRIMARY KEY (room_id, seq)
);
-- The publisher's queue: only unpublished rows are indexed, so it stays tiny.
CREATE INDEX room_events_unpublished_idx ON chat.room_events (created_at, room_id, seq) WHERE published_at IS NULL;

-- The membership log: every create, join, add, remove and leave, with who and when.
CREATE TABLE chat.membership_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  room_id     uuid NOT NULL,
  user_id     uuid NOT NULL,
  action      text NOT NULL CHECK (action IN ('create', 'join', 'add', 'remove', 'leave')),
  actor_id    uuid,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX membership_log_room_idx ON chat.membership_log (room_id, id);

CREATE TABLE chat.invitations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  room_id     uuid NOT NULL REFERENCES chat.rooms (id) ON DELETE CASCADE,
  inviter_id  uuid NOT NULL,
  invitee_id  uuid NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (room_id, invitee_id)
);
CREATE INDEX invitations_invitee_idx ON chat.invitations (invitee_id, created_at);
