-- Profiles (docs/ARCHITECTURE.md): a display name every client can show
-- instead of a uuid, and an avatar. The name defaults to the part of the
-- email before '@' (cut to the 64 code points allowed).
ALTER TABLE auth.users
  ADD COLUMN display_name text,
  ADD COLUMN avatar_url text CHECK (avatar_url IS NULL OR (avatar_url LIKE 'https://%' AND length(avatar_url) <= 2048));

UPDATE auth.users SET display_name = left(split_part(email, '@', 1), 64);
UPDATE auth.users SET display_name = email WHERE display_name = '';

ALTER TABLE auth.users
  ALTER COLUMN display_name SET NOT NULL,
  ADD CONSTRAINT users_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 64);

-- The directory matches a display-name prefix, case-insensitively: a
-- text_pattern_ops index serves `lower(display_name) LIKE 'ann%'`.
CREATE INDEX users_display_name_prefix_idx ON auth.users (lower(display_name) text_pattern_ops);
