#!/usr/bin/env bash
# EXPLAIN ANALYZE of ListMessages' queries on a room of 100,000 messages, in a
# scratch database that is dropped afterwards. The SELECTs are the ones in
# src/messages/message-store.ts with the parameters written in.
#   services/chat-core/scripts/explain-list-messages.sh [postgres://postgres@127.0.0.1:5432]
set -euo pipefail
server="${1:-postgres://postgres@127.0.0.1:5432}"
db="chat_explain_scratch"
dir="$(cd "$(dirname "$0")/.." && pwd)"
psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
trap 'psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
{
  echo 'CREATE SCHEMA chat;'
  cat "$dir"/migrations/*.sql
} | psql "$server/$db" -q -v ON_ERROR_STOP=1

psql "$server/$db" -q -v ON_ERROR_STOP=1 <<'SQL'
INSERT INTO chat.rooms (id, name, creator_id, last_seq, message_count)
VALUES ('00000000-0000-4000-8000-000000000001', 'big', '00000000-0000-4000-8000-0000000000aa', 100000, 100000),
       ('00000000-0000-4000-8000-000000000002', 'other', '00000000-0000-4000-8000-0000000000aa', 100000, 100000);
INSERT INTO chat.members (room_id, user_id, last_read_seq)
VALUES ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000aa', 99000),
       ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000aa', 0);
-- Two rooms of 100,000 messages each, so an index on (room_id, seq) has to pick the room out.
INSERT INTO chat.messages (room_id, seq, sender_id, content, content_type, created_at)
SELECT r.id, s, '00000000-0000-4000-8000-0000000000bb', 'message ' || s, 'text', now() - (100000 - s) * interval '1 second'
FROM generate_series(1, 100000) AS s
CROSS JOIN (VALUES ('00000000-0000-4000-8000-000000000001'::uuid), ('00000000-0000-4000-8000-000000000002'::uuid)) AS r(id);
ANALYZE;
SQL

run() {
  echo "== $1"
  psql "$server/$db" -X -q -v ON_ERROR_STOP=1 -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2"
}

run 'ListMessages(room_id, limit 50): newest first' "
SELECT id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at
FROM chat.messages
WHERE room_id = '00000000-0000-4000-8000-000000000001' AND deleted_at IS NULL AND seq < 9223372036854775807 AND seq > 0
ORDER BY seq DESC
OFFSET 0 LIMIT 50"

run 'ListMessages(room_id, limit 50, before_seq 50000)' "
SELECT id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at
FROM chat.messages
WHERE room_id = '00000000-0000-4000-8000-000000000001' AND deleted_at IS NULL AND seq < 50000 AND seq > 0
ORDER BY seq DESC
OFFSET 0 LIMIT 50"

run 'ListMessages(room_id, limit 50, after_seq 50000)' "
SELECT id, room_id, seq, sender_id, content, content_type, files, nonce, created_at, updated_at
FROM chat.messages
WHERE room_id = '00000000-0000-4000-8000-000000000001' AND deleted_at IS NULL AND seq < 9223372036854775807 AND seq > 50000
ORDER BY seq ASC
OFFSET 0 LIMIT 50"

run 'ListMessages(no room_id, limit 50): across the user'"'"'s rooms' "
SELECT m.id, m.room_id, m.seq, m.sender_id, m.content, m.content_type, m.files, m.nonce, m.created_at, m.updated_at
FROM chat.members mb
JOIN chat.rooms r ON r.id = mb.room_id AND r.deleted_at IS NULL
CROSS JOIN LATERAL (
  SELECT * FROM chat.messages x
  WHERE x.room_id = mb.room_id AND x.deleted_at IS NULL
  ORDER BY x.seq DESC
  LIMIT 0 + 50
) m
WHERE mb.user_id = '00000000-0000-4000-8000-0000000000aa'
ORDER BY m.created_at DESC, m.room_id, m.seq DESC
OFFSET 0 LIMIT 50"

run 'unread count (1,000 unread of 100,000)' "
SELECT count(*) FROM chat.messages u
WHERE u.room_id = '00000000-0000-4000-8000-000000000001' AND u.seq > 99000 AND u.deleted_at IS NULL
  AND u.sender_id <> '00000000-0000-4000-8000-0000000000aa'"
