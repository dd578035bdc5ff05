-- The append path in one statement (docs/ARCHITECTURE.md, "The path of a message").
--
-- A batch of messages, from any number of rooms, is written by one call of
-- this function, sent as one statement outside any explicit transaction: its
-- implicit transaction commits before the answer comes back. On a busy 2-core
-- machine each round trip to Postgres cost more than the SQL it carried
-- (docs/BENCHMARKS.md): BEGIN, lock, check, insert, COMMIT were five, this is one.
--
-- `batch` is a JSON array of {i, id, room_id, sender_id, content, content_type,
-- files, nonce}; the caller has already answered repeats of a nonce inside
-- the batch. One row comes back per item, in `i` order:
--   'stored'    written with `seq`, at `created_at`;
--   'not_found' the room is gone or deleted, or the sender is not a member;
--   'taken'     its nonce is already stored: `holder` is that message, so the
--               caller can tell a retry (same message) from a conflict.
-- `executed_for` is how long the function ran, lock wait included, before its
-- transaction's commit: the caller times the commit as the rest.
CREATE FUNCTION chat.append_messages(batch jsonb)
RETURNS TABLE (i int, outcome text, seq bigint, created_at timestamptz, holder jsonb, executed_for interval)
LANGUAGE plpgsql
AS $fn$
#variable_conflict use_column
DECLARE
  at timestamptz;
  room_ids uuid[];
BEGIN
  -- The rooms' row locks, in id order so that two batches sharing rooms (two
  -- chat-core processes) wait for each other instead of deadlocking; every
  -- other writer locks a single room. They keep seqs gap-free.
  room_ids := ARRAY(SELECT DISTINCT (e ->> 'room_id')::uuid FROM jsonb_array_elements(batch) e);
  PERFORM 1 FROM chat.rooms r
  WHERE r.id = ANY (room_ids) AND r.deleted_at IS NULL
  ORDER BY r.id
  FOR UPDATE;

  -- Taken after the locks, so timestamps follow seq order within a room;
  -- milliseconds, as clients see them (the payload's createdAt).
  at := date_trunc('milliseconds', clock_timestamp());

  -- A new statement, so a new snapshot under read committed: it sees every
  -- insert of a room committed before its lock was granted, and none can
  -- follow while it is held, so the membership and nonce checks are exact.
  -- No ON CONFLICT: a unique violation means that promise broke, and the
  -- whole batch rolls back rather than leave a gap in the seqs.
  RETURN QUERY
  WITH k AS (
    SELECT *
    FROM jsonb_to_recordset(batch)
      AS k(i int, id uuid, room_id uuid, sender_id uuid, content text, content_type text, files text[], nonce text)
  ),
  -- Each lookup a LATERAL with LIMIT, so each stays an index probe per
  -- item: the planner cannot know how few rows the batch holds, and once
  -- guessed a hash join over every stored message.
  checked AS (
    SELECT k.*, r.last_seq, (r.last_seq IS NOT NULL AND mb.member IS NOT NULL) AS allowed, x.id AS held_id, to_jsonb(x) AS held
    FROM k
    LEFT JOIN LATERAL (
      -- deleted_at tested outside the WHERE, so the probe takes the primary key, not the partial index of live rooms.
      SELECT CASE WHEN rr.deleted_at IS NULL THEN rr.last_seq END AS last_seq FROM chat.rooms rr WHERE rr.id = k.room_id LIMIT 1
    ) r ON true
    LEFT JOIN LATERAL (
      SELECT true AS member FROM chat.members m WHERE m.room_id = k.room_id AND m.user_id = k.sender_id LIMIT 1
    ) mb ON true
    LEFT JOIN LATERAL (
      SELECT * FROM chat.messages xx WHERE xx.room_id = k.room_id AND xx.sender_id = k.sender_id AND xx.nonce = k.nonce LIMIT 1
    ) x ON true
  ),
  writers AS (
    SELECT c.*, c.last_seq + row_number() OVER (PARTITION BY c.room_id ORDER BY c.i) AS new_seq
    FROM checked c
    WHERE c.allowed AND c.held_id IS NULL
  ),
  inserted AS (
    INSERT INTO chat.messages (id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at)
    SELECT w.id, w.room_id, w.new_seq, w.sender_id, w.content, w.content_type, w.files, w.nonce, at, at FROM writers w
  ),
  advanced AS (
    UPDATE chat.rooms r
    SET last_seq = r.last_seq + n.n, message_count = r.message_count + n.n, updated_at = now()
    FROM (SELECT w.room_id, count(*) AS n FROM writers w GROUP BY w.room_id) n
    WHERE r.id = n.room_id
  ),
  logged AS (
    -- The payload is the socket contract's message (room-event.ts, messagePayload).
    INSERT INTO chat.room_events (room_id, seq, type, payload, actor_id)
    SELECT w.room_id, w.new_seq, 'message',
           jsonb_build_object(
             '_id', w.id, 'nonce', w.nonce, 'sender', w.sender_id, 'content', w.content,
             'contentType', w.content_type, 'files', to_jsonb(w.files), 'room', w.room_id,
             'createdAt', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'seq', w.new_seq),
           w.sender_id
    FROM writers w
    RETURNING room_id, seq
  ),
  queued AS (
    INSERT INTO chat.outbox (room_id, seq) SELECT l.room_id, l.seq FROM logged l
  )
  SELECT c.i,
         CASE WHEN c.allowed IS NOT TRUE THEN 'not_found' WHEN c.held_id IS NOT NULL THEN 'taken' ELSE 'stored' END,
         w.new_seq,
         at,
         CASE WHEN c.allowed AND c.held_id IS NOT NULL THEN c.held END,
         clock_timestamp() - statement_timestamp()
  FROM checked c
  LEFT JOIN writers w ON w.i = c.i
  ORDER BY c.i;
END
$fn$;
