#!/usr/bin/env bash
# Times import, evaluation and one scenario operation on a shared project (PostGIS) beside the same data in a
# GeoPackage: whole `boundaries` processes, 1 warm-up then N runs, median wall time. The floor of issue 18: the
# scenario operation on the shared project within 2x of the GeoPackage time.
#   usage: bench/postgis/run.sh [RUNS]          (default 5; starts the throw-away test cluster if BOUNDARIES_TEST_PG is unset)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
work="${BOUNDARIES_BENCH_WORK:-/tmp/boundaries-bench-postgis}"
rm -rf "$work"; mkdir -p "$work"
if [ -z "${BOUNDARIES_TEST_PG:-}" ]; then eval "$(tests/postgis/start-cluster.sh)"; fi
pg="$BOUNDARIES_TEST_PG?schema=bench_tra_vinh"
gpkg="$work/tra-vinh.gpkg"
scenario=data/scenarios/nq1277-2024-tp-tra-vinh.json

dotnet build src/Boundaries.Cli -c Release -o "$work/bin" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
b="$work/bin/boundaries"

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
measure() {   # measure LABEL command…  → prints the median seconds
  shift
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  for _ in $(seq "$runs"); do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | median
}

printf "%-44s %10s %10s %7s\n" "workload (Trà Vinh, median of $runs)" "GeoPackage" "PostGIS" "ratio"
row() {
  local label=$1 g=$2 p=$3
  printf "%-44s %9ss %9ss %6.2fx\n" "$label" "$g" "$p" "$(echo "$p / $g" | bc -l)"
}
row "import data/boundaries/tra-vinh" \
  "$(measure import "$b" import data/boundaries/tra-vinh --out "$gpkg")" \
  "$(measure import "$b" import data/boundaries/tra-vinh --out "$pg")"
row "evaluate --as-of 2023-06-13 --format json" \
  "$(measure eval "$b" evaluate "$gpkg" --as-of 2023-06-13 --format json)" \
  "$(measure eval "$b" evaluate "$pg" --as-of 2023-06-13 --format json)"
row "scenario apply nq1277 (merge of 3 wards)" \
  "$(measure apply "$b" scenario apply "$gpkg" "$scenario" --out "$work/apply-gpkg")" \
  "$(measure apply "$b" scenario apply "$pg" "$scenario" --out "$work/apply-pg")"
# Saving the scenario as a shared record (conflict check, new version, audit entry) is what the shared project adds.
"$b" scenario save "$pg" "$scenario" --id bench >/dev/null
v=1
save_next() { "$b" scenario save "$pg" "$scenario" --id bench --base-version "$v" >/dev/null && v=$((v + 1)); }
s=$(for _ in $(seq "$runs"); do st=$(date +%s.%N); save_next; en=$(date +%s.%N); echo "$en - $st" | bc; done | median)
printf "%-44s %10s %9ss\n" "scenario save (shared record, new version)" "—" "$s"
