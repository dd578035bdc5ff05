#!/usr/bin/env bash
# What `pnpm test` needs besides node_modules, brought up when missing: a
# Postgres on 127.0.0.1:5432 (user postgres, trust auth on loopback), a Redis
# on 127.0.0.1:6379, Chromium (the admin panel's browser test) and the built
# admin panel. Quick when everything is there; on a fresh Debian/Ubuntu
# machine, as root, it installs what is missing with apt-get (as .ci/run
# does); otherwise it says what to install and stops.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test services: %s\n' "$*"; }
apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    say "$1 is missing and cannot be installed here (needs root and apt-get): install it, then run pnpm test again" >&2
    exit 1
  fi
  say "installing $*"
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! command -v pg_isready >/dev/null || ! pg_up; then
  installed_pg=0
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then apt_install postgresql; installed_pg=1; fi
  say "starting Postgres"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || { say "Postgres on 127.0.0.1:5432 does not answer" >&2; exit 1; }
  if [ "$installed_pg" = 1 ]; then
    # A fresh cluster asks loopback clients for a password; the tests connect as postgres without one.
    hba="$(ls /etc/postgresql/*/main/pg_hba.conf | head -n1)"
    sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main reload
  fi
fi
if command -v psql >/dev/null && ! psql -h 127.0.0.1 -U postgres -w -tAc 'select 1' >/dev/null 2>&1; then
  say "Postgres on 127.0.0.1:5432 refuses user postgres without a password: the tests need trust auth on loopback (pg_hba.conf)" >&2
  exit 1
fi

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  command -v redis-server >/dev/null || apt_install redis-server
  say "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/tests.log
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 1; done
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { say "Redis on 127.0.0.1:6379 does not answer" >&2; exit 1; }
fi

command -v chromium >/dev/null || apt_install chromium

if [ ! -f packages/admin-panel/dist/index.html ]; then
  say "building the admin panel"
  pnpm -s build:admin
fi

# The demo chat page's browser test and `pnpm start` (which would build it on its first run) need it too.
if [ ! -f packages/demo-app/dist/index.html ]; then
  say "building the demo chat page"
  pnpm -s build:demo
fi
