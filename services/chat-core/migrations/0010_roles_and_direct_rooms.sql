-- Room roles, direct rooms and who may add people (docs/ARCHITECTURE.md).
-- A room's creator is its owner; members are 'member' or 'admin'.
ALTER TABLE chat.members
  ADD COLUMN role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member'));
UPDATE chat.members m SET role = 'owner' FROM chat.rooms r WHERE r.id = m.room_id AND m.user_id = r.creator_id;
-- At most one owner per room.
CREATE UNIQUE INDEX members_one_owner_idx ON chat.members (room_id) WHERE role = 'owner';

-- A direct room is the one room of a pair of users: direct_key is the two ids
-- in order, unique among live rooms, so two first messages at once still
-- make one room (the second INSERT waits for the first and finds it).
ALTER TABLE chat.rooms
  ADD COLUMN direct_key text CHECK (direct_key IS NULL OR direct_key ~ '^[0-9a-f-]{36}:[0-9a-f-]{36}$'),
  ADD COLUMN who_can_add text NOT NULL DEFAULT 'members' CHECK (who_can_add IN ('members', 'admins'));
CREATE UNIQUE INDEX rooms_direct_key_idx ON chat.rooms (direct_key) WHERE direct_key IS NOT NULL AND deleted_at IS NULL;

-- Role changes and settings are timeline events, replayed by `since` like the rest.
ALTER TABLE chat.room_events DROP CONSTRAINT room_events_type_check;
ALTER TABLE chat.room_events ADD CONSTRAINT room_events_type_check CHECK (type IN (
  'message', 'message-edited', 'message-deleted',
  'room-joined', 'room-left', 'room-renamed', 'room-deleted',
  'member-role-changed', 'room-settings-changed'));
