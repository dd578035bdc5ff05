-- What admins did, for the record: who, which action, on what, and when.
CREATE TABLE auth.admin_audit (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- No foreign key: the record must outlive the admin account it names.
  admin_id    uuid NOT NULL,
  -- Lower-case words joined by dots: "room.delete", "user.block".
  action      text NOT NULL CHECK (action ~ '^[a-z][a-z-]*(\.[a-z][a-z-]*)+$' AND length(action) <= 64),
  -- The id of what the action changed.
  target      text NOT NULL CHECK (length(target) BETWEEN 1 AND 200),
  details     jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
  created_at  timestamptz NOT NULL DEFAULT now()
);
-- The audit page lists newest first.
CREATE INDEX admin_audit_newest_idx ON auth.admin_audit (created_at DESC, id DESC);

-- The admin user list pages newest first. (An email search is a substring
-- match, which no b-tree serves: it scans, fine at an admin's pace.)
CREATE INDEX users_newest_idx ON auth.users (created_at DESC, id DESC);

-- Start-up looks for the admin accounts; there are a handful.
CREATE INDEX users_admin_idx ON auth.users (id) WHERE is_admin;
