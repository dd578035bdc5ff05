-- ListMessages answers `count` for rooms of a million messages: a counter kept
-- in the same transactions that insert or delete messages, instead of a
-- count(*) over the room's rows on every page.
ALTER TABLE chat.rooms
  ADD COLUMN message_count bigint NOT NULL DEFAULT 0 CHECK (message_count >= 0);

-- Without audit mode a room whose last participant left is marked deleted in
-- that transaction and purged once its room-deleted event is published; the
-- purge finds the marked rooms here (a handful at any time).
CREATE INDEX rooms_deleted_idx ON chat.rooms (id) WHERE deleted_at IS NOT NULL;
