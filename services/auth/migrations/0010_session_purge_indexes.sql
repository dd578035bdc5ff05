-- The scheduled purge of ended sessions and used refresh tokens
-- (services/auth/src/sessions/session-purge.ts) finds its rows by these
-- instead of reading every session: only ended or used rows are indexed.
CREATE INDEX sessions_expires_idx ON auth.sessions (expires_at);
CREATE INDEX sessions_revoked_idx ON auth.sessions (revoked_at) WHERE revoked_at IS NOT NULL;
CREATE INDEX refresh_tokens_used_idx ON auth.refresh_tokens (used_at) WHERE used_at IS NOT NULL;
