#!/usr/bin/env bash
# Stops and removes the throw-away cluster started by start-cluster.sh.
set -euo pipefail
port="${BOUNDARIES_PG_PORT:-54329}"
dir="${BOUNDARIES_PG_DIR:-/tmp/boundaries-pg-$port}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ -d "$dir/data" ] && run "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
rm -rf "$dir"
