#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster with PostGIS for the tests, on 127.0.0.1 only, with trust
# authentication (nothing but this machine's loopback can reach it), and prints the connection string
# the tests read from BOUNDARIES_TEST_PG. The cluster lives under a temporary folder and is never reused.
#   usage: eval "$(tests/postgis/start-cluster.sh)"     # sets BOUNDARIES_TEST_PG
#   stop:  tests/postgis/stop-cluster.sh
set -euo pipefail
port="${BOUNDARIES_PG_PORT:-54329}"
dir="${BOUNDARIES_PG_DIR:-/tmp/boundaries-pg-$port}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bindir" ] || { echo "start-cluster: no PostgreSQL server installed (apt-get install postgresql postgresql-15-postgis-3)" >&2; exit 1; }

# initdb and postgres refuse to run as root: run them as the Debian 'postgres' account then.
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -f "$dir/data/postmaster.pid" ] && run "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  echo "export BOUNDARIES_TEST_PG='postgresql://postgres@127.0.0.1:$port/boundaries_test'"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
run "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
"$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE boundaries_test" postgres >/dev/null
"$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE EXTENSION IF NOT EXISTS postgis" boundaries_test >/dev/null \
  || { echo "start-cluster: PostGIS is not installed (apt-get install postgresql-15-postgis-3)" >&2; exit 1; }
echo "export BOUNDARIES_TEST_PG='postgresql://postgres@127.0.0.1:$port/boundaries_test'"
