-- Retention (docs/OPERATIONS.md, "Data lifecycle"). Room events and
-- messages are written in time order, so a BRIN index on created_at finds
-- the old ones for a few pages of index, and costs the append path next to
-- nothing (a B-tree here would be one more index entry per row written).
CREATE INDEX room_events_created_brin ON chat.room_events USING brin (created_at);
CREATE INDEX messages_created_brin ON chat.messages USING brin (created_at);

-- A room's own message retention in days, set by an admin; NULL: the
-- deployment's CHAT_MESSAGE_RETENTION_DAYS (itself unset: kept forever).
ALTER TABLE chat.rooms
  ADD COLUMN message_retention_days integer CHECK (message_retention_days IS NULL OR message_retention_days > 0);
