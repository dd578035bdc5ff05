-- Webhooks (docs/WEBHOOKS.md): endpoints admins register, each reading the
-- room_events log with its own cursor per room. Nothing here is written by
-- the message append path: the dispatcher only reads room_events and rooms.

CREATE TABLE chat.webhook_endpoints (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url                   text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2048),
  -- The room event types it receives ('message', 'room-joined', ...).
  event_types           text[] NOT NULL CHECK (cardinality(event_types) > 0),
  secret                text NOT NULL CHECK (length(secret) >= 16),
  -- After a rotation the old secret signs too, until previous_secret_until: receivers switch without a gap.
  previous_secret       text,
  previous_secret_until timestamptz,
  enabled               boolean NOT NULL DEFAULT true,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);

-- Per endpoint and room, the last seq handled (delivered, skipped as a type
-- not subscribed, or dead-lettered). Rows for every room are written when the
-- endpoint is created, so it starts at "now"; a room made later has none and
-- starts at 0.
CREATE TABLE chat.webhook_cursors (
  endpoint_id  uuid NOT NULL REFERENCES chat.webhook_endpoints (id) ON DELETE CASCADE,
  room_id      uuid NOT NULL,
  last_seq     bigint NOT NULL CHECK (last_seq >= 0),
  PRIMARY KEY (endpoint_id, room_id)
);

-- The delivery log: one row per event and endpoint, updated per attempt.
CREATE TABLE chat.webhook_deliveries (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  endpoint_id      uuid NOT NULL REFERENCES chat.webhook_endpoints (id) ON DELETE CASCADE,
  room_id          uuid NOT NULL,
  seq              bigint NOT NULL CHECK (seq > 0),
  event_type       text NOT NULL,
  -- The body as POSTed, so a dead letter can be sent again after its room is gone.
  body             text NOT NULL,
  status           text NOT NULL CHECK (status IN ('retrying', 'delivered', 'dead')),
  attempts         integer NOT NULL CHECK (attempts > 0),
  response_status  integer,
  error            text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (endpoint_id, room_id, seq)
);
CREATE INDEX webhook_deliveries_log_idx ON chat.webhook_deliveries (endpoint_id, id DESC);
CREATE INDEX webhook_deliveries_dead_idx ON chat.webhook_deliveries (endpoint_id, id DESC) WHERE status = 'dead';
