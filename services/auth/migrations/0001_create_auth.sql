CREATE TABLE auth.users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored lower-cased, so uniqueness ignores case.
  email          text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  password_hash  text NOT NULL,
  blocked        boolean NOT NULL DEFAULT false,
  is_admin       boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- One row per login; refresh tokens rotate within it.
CREATE TABLE auth.sessions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
CREATE INDEX sessions_user_idx ON auth.sessions (user_id);

CREATE TABLE auth.refresh_tokens (
  -- sha256 of the opaque token: a database leak does not leak usable tokens.
  token_hash  text PRIMARY KEY,
  session_id  uuid NOT NULL REFERENCES auth.sessions (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  -- Set when rotated; presenting a used token again revokes the session.
  used_at     timestamptz
);
CREATE INDEX refresh_tokens_session_idx ON auth.refresh_tokens (session_id);

-- The signing keys (private JWK, encrypted at rest is future work). The newest
-- active key signs; every unexpired key is served in the JWKS.
CREATE TABLE auth.signing_keys (
  kid          text PRIMARY KEY,
  private_jwk  jsonb NOT NULL,
  public_jwk   jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  retired_at   timestamptz
);
