-- Access tokens are verified locally (gateway, routers) and live up to
-- ACCESS_TOKEN_TTL; a session that ends sooner (logout, a blocked or deleted
-- user, a reused refresh token) is listed here so every verifier refuses its
-- tokens at once. Filled by a trigger, so no path that ends a session (the
-- cascade of a user's deletion included) can forget it.
CREATE TABLE auth.session_revocations (
  session_id  uuid PRIMARY KEY,
  revoked_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_revocations_at_idx ON auth.session_revocations (revoked_at);

CREATE FUNCTION auth.record_session_revocation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.revoked_at IS NULL THEN
      INSERT INTO auth.session_revocations (session_id) VALUES (OLD.id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN OLD;
  END IF;
  IF NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL THEN
    INSERT INTO auth.session_revocations (session_id, revoked_at) VALUES (NEW.id, NEW.revoked_at) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER sessions_record_revocation
  AFTER UPDATE OF revoked_at OR DELETE ON auth.sessions
  FOR EACH ROW EXECUTE FUNCTION auth.record_session_revocation();

-- Sessions that ended before this migration.
INSERT INTO auth.session_revocations (session_id, revoked_at)
  SELECT id, revoked_at FROM auth.sessions WHERE revoked_at IS NOT NULL
  ON CONFLICT DO NOTHING;
