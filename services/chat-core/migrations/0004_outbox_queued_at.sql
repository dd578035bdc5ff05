-- Every chat-core now publishes its own commits right after COMMIT and
-- deletes their outbox rows once Redis has them: the outbox is no longer the
-- hot path but the net under it, for a publish that failed or a process that
-- died between its commit and its publish. The recovery pass takes only rows
-- older than a few seconds (the ones nobody is still publishing), which
-- queued_at tells.
ALTER TABLE chat.outbox ADD COLUMN queued_at timestamptz NOT NULL DEFAULT now();
