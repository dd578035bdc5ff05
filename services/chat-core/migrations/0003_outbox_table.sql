-- The publisher's queue as a table of its own. Marking an event published
-- used to UPDATE its room_events row (payload and all, and never a HOT
-- update, since published_at was in the queue index's predicate): a dead row
-- version per event, which the publisher's next scan waded through, and its
-- Postgres backend the busiest of all at high rates (docs/BENCHMARKS.md).
-- Now an append also queues (room_id, seq) here in the same statement, and
-- publishing deletes that small row: room_events rows are written once.
CREATE TABLE chat.outbox (
  room_id  uuid NOT NULL,
  seq      bigint NOT NULL,
  PRIMARY KEY (room_id, seq),
  FOREIGN KEY (room_id, seq) REFERENCES chat.room_events (room_id, seq) ON DELETE CASCADE
);

INSERT INTO chat.outbox (room_id, seq)
  SELECT room_id, seq FROM chat.room_events WHERE published_at IS NULL;

DROP INDEX chat.room_events_unpublished_idx;
ALTER TABLE chat.room_events DROP COLUMN published_at;
