-- An admin sign-in is a session too, so it can be ended before its token
-- expires (admin logout, the admin blocked or deleted) and every verifier
-- learns it through auth.session_revocations, as for users. The kind keeps
-- the two apart: a user's logout cannot end an admin session, an admin
-- session has no refresh tokens and is never renewed.
ALTER TABLE auth.sessions
  ADD COLUMN kind text NOT NULL DEFAULT 'user' CHECK (kind IN ('user', 'admin'));

-- A user blocked by any path loses every session at once, and an account
-- that stops being an admin loses its admin sessions: a rule of the data, so
-- no code path (or hand-made UPDATE) can leave a blocked admin signed in.
-- Revoking fills auth.session_revocations through the trigger of 0003.
CREATE FUNCTION auth.end_sessions_of_changed_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.blocked AND NOT OLD.blocked THEN
    UPDATE auth.sessions SET revoked_at = now() WHERE user_id = NEW.id AND revoked_at IS NULL;
  ELSIF OLD.is_admin AND NOT NEW.is_admin THEN
    UPDATE auth.sessions SET revoked_at = now() WHERE user_id = NEW.id AND kind = 'admin' AND revoked_at IS NULL;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER users_end_sessions
  AFTER UPDATE OF blocked, is_admin ON auth.users
  FOR EACH ROW EXECUTE FUNCTION auth.end_sessions_of_changed_user();
