#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests, on loopback only.
#
#   eval "$(scripts/start-postgres.sh start DIR)"   # prints: export KHALDUN_TEST_POSTGRES=postgresql://...
#   scripts/start-postgres.sh stop DIR              # stops it and removes DIR
#
# Installs postgresql-15 from Debian when it is missing (idempotent), creates
# a cluster in DIR/data with a superuser role `khaldun` (trust auth, loopback
# only, fsync off: test data only), listens on 127.0.0.1:$KHALDUN_TEST_POSTGRES_PORT
# (default 5433) and a socket in DIR, and creates the database khaldun_test.
# As root the server runs as the `postgres` system user (it refuses root).
set -euo pipefail
action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
port=${KHALDUN_TEST_POSTGRES_PORT:-5433}
bin=/usr/lib/postgresql/15/bin

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_server_user() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    if ! dpkg-query -W -f='${Status}' postgresql-15 2>/dev/null | grep -q "install ok installed"; then
      echo "start-postgres: installing postgresql-15" >&2
      sudo_if_needed apt-get update -qq
      DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends postgresql-15 >&2
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    as_server_user "$bin/initdb" -D "$dir/data" -U khaldun -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c max_connections=50" start >&2 ||
      { cat "$dir/server.log" >&2; exit 1; }
    as_server_user "$bin/createdb" -h 127.0.0.1 -p "$port" -U khaldun khaldun_test
    echo "export KHALDUN_TEST_POSTGRES=postgresql://khaldun@127.0.0.1:$port/khaldun_test"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
