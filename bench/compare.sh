#!/usr/bin/env bash
# Issue 4 §5: run Boundaries and the peers (geopandas, ogr2ogr/SpatiaLite, PostGIS) on the same files in one run,
# print every figure with its ratio, and exit non-zero when a Boundaries result differs from a peer's.
#
# usage: bench/compare.sh [--work DIR] [--runs N] [--peers gpd,sl,pg] [--workloads w5,w2,w3,w4,scn,w6]
#
# Whole-process timings: 1 warm-up, then N runs (default 5), median wall time and peak RSS via GNU time
# (bench/peers/bench.sh). W4 is timed in process (median of 100) by each tool itself, three processes each.
# Nothing is installed: a missing tool is reported with the apt-get line that brings it.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
peers=$here/peers
work=${TMPDIR:-/tmp}/boundaries-bench
runs=5
want_peers="gpd,sl,pg"
workloads="w5,w2,w3,w4,scn,w6"
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --peers) want_peers=$2; shift 2 ;;
    --workloads) workloads=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
out=$work/out
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# ---------------------------------------------------------------- tools
missing=()
command -v dotnet >/dev/null || { echo "dotnet SDK not found (see global.json)" >&2; exit 2; }
command -v ogr2ogr >/dev/null || missing+=(gdal-bin)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing required tools; install them with:  apt-get install -y ${missing[*]}" >&2
  exit 2
fi

has() { case ",$want_peers," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
doing() { case ",$workloads," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
peer_gpd=0; peer_sl=0; peer_pg=0
if has gpd; then
  if /usr/bin/python3 -c 'import geopandas' 2>/dev/null; then peer_gpd=1
  else echo "peer geopandas skipped: apt-get install -y python3-geopandas"; fi
fi
if has sl; then
  if command -v spatialite >/dev/null && /usr/bin/python3 -c \
     "import sqlite3; c = sqlite3.connect(':memory:'); c.enable_load_extension(True); c.load_extension('mod_spatialite')" 2>/dev/null
  then peer_sl=1
  else echo "peer SpatiaLite skipped: apt-get install -y spatialite-bin libsqlite3-mod-spatialite"; fi
fi
if has pg; then
  if command -v pg_createcluster >/dev/null && ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then peer_pg=1
  else echo "peer PostGIS skipped: apt-get install -y postgresql-15-postgis-3"; fi
fi

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), .NET $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- data
nat=$work/nat.geojson
dense=$work/dense.geojson
tv=$work/tv_mapmaker.geojson
gz=$root/data/boundaries/vietnam-c2013/vietnam_communes_choisy_c2013_pop2009.geojson.gz
if [ ! -s "$dense" ] || [ "$gz" -nt "$dense" ]; then
  echo "preparing the dense national layer in $work (ogr2ogr -segmentize 0.0007)"
  zcat "$gz" > "$nat"
  rm -f "$dense"
  ogr2ogr -f GeoJSON -segmentize 0.0007 "$dense" "$nat" || { echo "ogr2ogr failed" >&2; exit 2; }
fi
cp "$root/data/boundaries/tra-vinh/communes_mapmaker_c2009.geojson" "$tv"
# W6: the peers read the 34 province files of the bundled 2025 layer as one uncompressed GeoJSON; Boundaries reads
# the dataset folder as a user does (the .gz files, the unit list, the declared figures, the doubts). The dated
# changes in force on the W6 date (Đồng Nai's ten xã made phường on 30/04/2026) are written into the peers' copy
# here, outside the timing, since Boundaries applies them as it evaluates.
vn2025=$work/vn2025.geojson
vn2025_dir=$root/data/boundaries/vietnam-2025
if doing w6 && { [ ! -s "$vn2025" ] || [ -n "$(find "$vn2025_dir/wards" "$vn2025_dir/changes" -newer "$vn2025" -print -quit)" ]; }; then
  echo "preparing the 2025 national layer as one GeoJSON in $work"
  /usr/bin/python3 - "$vn2025_dir" "$vn2025" 2026-12-04 <<'PY'
import glob, gzip, json, os, sys
features = []
for name in sorted(glob.glob(os.path.join(sys.argv[1], "wards", "*.geojson.gz"))):
    with gzip.open(name, "rt", encoding="utf-8") as f:
        features += json.load(f)["features"]
with open(os.path.join(sys.argv[1], "dataset.json"), encoding="utf-8") as f:
    changes = json.load(f).get("changes", [])
by_code = {str(feature["properties"]["code"]): feature for feature in features}
for name in changes:
    with open(os.path.join(sys.argv[1], name), encoding="utf-8") as f:
        change = json.load(f)
    if change["effective_date"] <= sys.argv[3]:
        for op in change["operations"]:
            if op["op"] == "change-type" and op["unit"] in by_code:
                by_code[op["unit"]]["properties"]["type"] = op["type"]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
PY
fi

# ---------------------------------------------------------------- Boundaries build
echo "building bench/Boundaries.Bench (Release)"
dotnet build "$here/Boundaries.Bench" -c Release -nologo -v q >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 2; }
bin=$here/Boundaries.Bench/bin/Release/net10.0/boundaries-bench
# W6 times the command a planner runs (boundaries evaluate), published in Release as a user would install it.
cli=$work/cli/boundaries
if doing w6; then
  echo "publishing src/Boundaries.Cli (Release) for W6"
  dotnet publish "$root/src/Boundaries.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" -nologo -v q >"$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 2; }
fi

# ---------------------------------------------------------------- PostGIS cluster (throw-away, loopback port 55432)
export PGHOST=127.0.0.1 PGPORT=55432 PGUSER=postgres PGDATABASE=bench
created_cluster=0
cleanup() {
  if [ "$created_cluster" = 1 ]; then
    pg_ctlcluster 15 bench stop >/dev/null 2>&1
    pg_dropcluster 15 bench >/dev/null 2>&1
  fi
}
trap cleanup EXIT
if [ "$peer_pg" = 1 ]; then
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -qx "15 bench"; then
    pg_createcluster 15 bench -p 55432 -- --auth=trust >/dev/null && created_cluster=1
  fi
  pg_ctlcluster 15 bench start >/dev/null 2>&1
  "$peers/pg_setup.sh" >/dev/null || { echo "peer PostGIS skipped: the cluster did not start" >&2; peer_pg=0; }
fi

# ---------------------------------------------------------------- timing helpers
declare -A wall mem check
fail=0
# time LABEL CMD...: bench.sh (warm-up + $runs), keeps median seconds, peak MiB and the last run's output.
time_it() {
  local label=$1; shift
  local line
  line=$(BENCH_LOG="$out/$label.log" "$peers/bench.sh" "$runs" "$label" "$@")
  echo "$line"
  wall[$label]=$(sed -n 's/.*median=\([0-9.]*\)s.*/\1/p' <<<"$line")
  mem[$label]=$(sed -n 's/.*peakRSS=\([0-9]*\)MiB.*/\1/p' <<<"$line")
  # PostGIS: the client's RSS says nothing; the query backend's peak is in the script's output.
  local srv
  srv=$(sed -n 's/^backend_VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "$out/$label.log" | tail -1)
  if [ -n "$srv" ]; then
    mem[$label]=$((srv / 1024))
    echo "  (PostGIS server backend peak: ${mem[$label]}MiB)"
  fi
}
summary() { /usr/bin/python3 "$here/check_results.py" "$@"; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
same() {   # same WORKLOAD PEER KEY B_VALUE PEER_VALUE [RELATIVE_TOLERANCE]
  local ok
  ok=$(python3 -c "import sys; a, b, t = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]); print(int(abs(a - b) <= t * max(abs(a), abs(b))))" "$4" "$5" "${6:-0}")
  if [ "$ok" != 1 ]; then
    echo "RESULT MISMATCH $1: boundaries $3=$4, $2 $3=$5"
    fail=1
  fi
}

cat >"$work/sl_w2_load_query.sh" <<EOF
#!/bin/bash
# SpatiaLite W2 as the table counts it: load the GeoJSON (R*Tree) and run the adjacency query.
set -e
"$peers/sl_load.sh" "\$1" "$work/w2.sqlite"
"$peers/sl_w2_adjacency.sh" "$work/w2.sqlite" "\$2"
EOF
cat >"$work/pg_load_query.sh" <<EOF
#!/bin/bash
# PostGIS as the table counts it: load the GeoJSON (COPY + GiST + ANALYZE), then the workload's SQL.
# usage: pg_load_query.sh IN.geojson TABLE SQL [psql -v options...]
set -e
in=\$1 tbl=\$2 sql=\$3; shift 3
"$peers/pg_load.sh" "\$in" "\$tbl"
psql -q -v tbl="\$tbl" "\$@" -f "$peers/\$sql"
EOF
chmod +x "$work/sl_w2_load_query.sh" "$work/pg_load_query.sh"

# ---------------------------------------------------------------- W1+W5
if doing w5; then
echo; echo "== W1+W5 file -> ellipsoidal area -> standard flags -> CSV (dense, $runs runs)"
time_it w5_boundaries "$bin" w5 "$dense" "$out/w5_boundaries.csv"
[ $peer_gpd = 1 ] && time_it w5_geopandas /usr/bin/python3 "$peers/gpd_w5_pipeline.py" "$dense" "$out/w5_geopandas.csv"
[ $peer_sl = 1 ] && time_it w5_spatialite "$peers/sl_w5_pipeline.sh" nat "$dense" "$out/w5_spatialite.csv"
[ $peer_pg = 1 ] && time_it w5_postgis "$peers/pg_w5_pipeline.sh" nat "$dense" "$out/w5_postgis.csv"
b=$(summary w5 "$out/w5_boundaries.csv"); echo "  boundaries: $b"
for p in geopandas spatialite postgis; do
  [ -s "$out/w5_$p.csv" ] && [ -n "${wall[w5_$p]:-}" ] || continue
  s=$(summary w5 "$out/w5_$p.csv"); echo "  $p: $s"
  same W5 $p units "$(field units "$b")" "$(field units "$s")"
  same W5 $p flagged "$(field flagged "$b")" "$(field flagged "$s")"
  same W5 $p total_area_km2 "$(field total_area_km2 "$b")" "$(field total_area_km2 "$s")" 1e-5
done

fi

# ---------------------------------------------------------------- W2
if doing w2; then
echo; echo "== W2 rook adjacency with shared length (dense, $runs runs)"
time_it w2_boundaries "$bin" w2 "$dense" "$out/w2_boundaries.csv"
[ $peer_gpd = 1 ] && time_it w2_geopandas /usr/bin/python3 "$peers/gpd_w2_adjacency.py" "$dense" "$out/w2_geopandas.csv"
[ $peer_sl = 1 ] && time_it w2_spatialite "$work/sl_w2_load_query.sh" "$dense" "$out/w2_spatialite.csv"
[ $peer_pg = 1 ] && time_it w2_postgis "$work/pg_load_query.sh" "$dense" w2_dense pg_w2_adjacency.sql -v out="$out/w2_postgis.csv"
b=$(summary w2 "$out/w2_boundaries.csv"); echo "  boundaries: $b"
for p in geopandas spatialite postgis; do
  [ -s "$out/w2_$p.csv" ] && [ -n "${wall[w2_$p]:-}" ] || continue
  s=$(summary w2 "$out/w2_$p.csv"); echo "  $p: $s"
  same W2 $p edges "$(field edges "$b")" "$(field edges "$s")"
  # geopandas measures planar Albers lengths, the others the ellipsoid: totals agree to a few parts in 10,000.
  same W2 $p total_shared_km "$(field total_shared_km "$b")" "$(field total_shared_km "$s")" 2e-3
done
if [ -s "$out/w2_geopandas.csv" ] && [ -n "${wall[w2_geopandas]:-}" ]; then
  s=$(summary w2pairs "$out/w2_boundaries.csv" "$out/w2_geopandas.csv"); echo "  pairs against geopandas (commune_id): $s"
  [ "$(field same_pairs "$s")" = yes ] || { echo "RESULT MISMATCH W2: the pairs differ from geopandas' ($s)"; fail=1; }
fi

fi

# ---------------------------------------------------------------- W3
if doing w3; then
echo; echo "== W3 dissolve communes -> districts -> GeoJSON (dense, $runs runs)"
time_it w3_boundaries "$bin" w3 "$dense" "$out/w3_boundaries.geojson"
[ $peer_gpd = 1 ] && time_it w3_geopandas /usr/bin/python3 "$peers/gpd_w3_dissolve.py" "$dense" "$out/w3_geopandas.geojson"
[ $peer_sl = 1 ] && time_it w3_spatialite "$peers/sl_w3_dissolve.sh" nat "$dense" "$out/w3_spatialite.geojson"
[ $peer_pg = 1 ] && time_it w3_postgis "$work/pg_load_query.sh" "$dense" w3_dense pg_w3_dissolve.sql \
  -v grp=district_id -v pop=population -v out="$out/w3_postgis.geojson"
b=$(summary w3 "$out/w3_boundaries.geojson"); echo "  boundaries: $b"
for p in geopandas spatialite postgis; do
  [ -s "$out/w3_$p.geojson" ] && [ -n "${wall[w3_$p]:-}" ] || continue
  s=$(summary w3 "$out/w3_$p.geojson"); echo "  $p: $s"
  same W3 $p groups "$(field groups "$b")" "$(field groups "$s")"
  same W3 $p total_pop "$(field total_pop "$b")" "$(field total_pop "$s")"
  same W3 $p total_area_km2 "$(field total_area_km2 "$b")" "$(field total_area_km2 "$s")" 1e-4
done

fi

# ---------------------------------------------------------------- W6
if doing w6; then
echo; echo "== W6 the whole country under NQ 112/2025 (3,321 units of 2025): read -> area -> % of the standard -> below -> CSV ($runs runs)"
# Cold: every polygon checked (BOUNDARIES_CACHE=off). Warm: as a planner's second and later runs on the same files,
# whose layers were found wholly valid before and are not checked again (the record is primed by one untimed run).
BOUNDARIES_CACHE=off time_it w6_boundaries_cold "$cli" evaluate "$root/data/boundaries/vietnam-2025" --as-of 2026-12-04 --format csv --out "$out/w6_boundaries_cold.csv"
export BOUNDARIES_CACHE=$work/cache
"$cli" evaluate "$root/data/boundaries/vietnam-2025" --as-of 2026-12-04 --format csv --out "$out/w6_boundaries.csv" >/dev/null
time_it w6_boundaries "$cli" evaluate "$root/data/boundaries/vietnam-2025" --as-of 2026-12-04 --format csv --out "$out/w6_boundaries.csv"
unset BOUNDARIES_CACHE
cmp -s "$out/w6_boundaries_cold.csv" "$out/w6_boundaries.csv" || { echo "RESULT MISMATCH W6: cold and warm runs differ"; fail=1; }
[ $peer_gpd = 1 ] && time_it w6_geopandas /usr/bin/python3 "$peers/gpd_w6_national.py" "$vn2025" "$out/w6_geopandas.csv"
[ $peer_pg = 1 ] && time_it w6_postgis "$peers/pg_w6_pipeline.sh" "$vn2025" "$out/w6_postgis.csv"
# The warm analogue of PostGIS: the layer already in a table (left by the runs above), the query alone.
[ $peer_pg = 1 ] && time_it w6_postgis_loaded psql -q -v tbl=w6_scratch -v out="$out/w6_postgis_loaded.csv" -f "$peers/pg_w6_national.sql"
b=$(summary w6 "$out/w6_boundaries.csv"); echo "  boundaries: $b"
for p in geopandas postgis; do
  [ -s "$out/w6_$p.csv" ] && [ -n "${wall[w6_$p]:-}" ] || continue
  s=$(summary w6 "$out/w6_$p.csv"); echo "  $p: $s"
  same W6 $p units "$(field units "$b")" "$(field units "$s")"
  same W6 $p with_standard "$(field with_standard "$b")" "$(field with_standard "$s")"
  same W6 $p below "$(field below "$b")" "$(field below "$s")"
done

fi

# ---------------------------------------------------------------- W4
declare -A w4
median3() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
if doing w4; then
  echo; echo "== W4 merge Xã Hiếu Trung + Xã Hiếu Tử (Trà Vinh mapmaker, 583 vertices), in process, median of 100, 3 processes"
  a='Xã Hiếu Trung'; b2='Xã Hiếu Tử'
  for i in 1 2 3; do "$bin" w4 "$tv" name "$a" "$b2" 2>/dev/null; done >"$out/w4_boundaries.log"
  grep '^dissolve:' "$out/w4_boundaries.log" | tail -1 | sed 's/^/  boundaries /'
  w4[boundaries]=$(sed -n 's/^dissolve:.*median_ms=\([0-9.]*\).*/\1/p' "$out/w4_boundaries.log" | median3)
  bv=$(sed -n 's/^dissolve:.*vertices=\([0-9]*\) area_km2=\([0-9.]*\).*/\1 \2/p' "$out/w4_boundaries.log" | head -1)
  if [ $peer_gpd = 1 ]; then
    for i in 1 2 3; do /usr/bin/python3 "$peers/gpd_w4_merge.py" "$tv" name "$a" "$b2"; done >"$out/w4_geopandas.log" 2>&1
    grep '^geodesic:' "$out/w4_geopandas.log" | tail -1 | sed 's/^/  geopandas /'
    w4[geopandas]=$(sed -n 's/^geodesic:.*median_ms=\([0-9.]*\).*/\1/p' "$out/w4_geopandas.log" | median3)
    pv=$(sed -n 's/^geodesic:.*vertices=\([0-9]*\) area_km2=\([0-9.]*\).*/\1 \2/p' "$out/w4_geopandas.log" | head -1)
    same W4 geopandas vertices "${bv% *}" "${pv% *}"
    same W4 geopandas area_km2 "${bv#* }" "${pv#* }" 1e-3
  fi
  if [ $peer_sl = 1 ]; then
    "$peers/sl_load.sh" "$tv" "$work/tv.sqlite" >/dev/null 2>&1
    for i in 1 2 3; do /usr/bin/python3 "$peers/sl_w4_merge.py" "$work/tv.sqlite" name "$a" "$b2"; done >"$out/w4_spatialite.log" 2>&1
    grep '^ellipsoidal:' "$out/w4_spatialite.log" | tail -1 | sed 's/^/  spatialite /'
    w4[spatialite]=$(sed -n 's/^ellipsoidal:.*median_ms=\([0-9.]*\).*/\1/p' "$out/w4_spatialite.log" | median3)
  fi
  if [ $peer_pg = 1 ]; then
    "$peers/pg_load.sh" "$tv" tv >/dev/null 2>&1
    for i in 1 2 3; do psql -q -v tbl=tv -v field=name -v a="'$a'" -v b="'$b2'" -f "$peers/pg_w4_merge.sql"; done >"$out/w4_postgis.log" 2>&1
    grep 'geodesic:' "$out/w4_postgis.log" | tail -1 | sed 's/^.*geodesic:/  postgis geodesic:/'
    w4[postgis]=$(sed -n 's/.*geodesic:.*median_ms=\([0-9.]*\).*/\1/p' "$out/w4_postgis.log" | median3)
  fi
fi

# ---------------------------------------------------------------- scenarios (no peer has a scenario engine)
declare -A scn
if doing scn; then
  echo; echo "== SCN whole scenarios on Trà Vinh through the engine (apply + checks + assessment), in process, median of 100, 3 processes"
  for f in "$root/data/scenarios/tp-tra-vinh-expansion.json" "$root/bench/workloads/tra-vinh-10-operations.json"; do
    k=$(basename "$f" .json)
    for i in 1 2 3; do "$bin" scenario "$root/data/boundaries/tra-vinh" "$root/data/standards" "$f" 2>/dev/null; done >"$out/scn_$k.log"
    tail -1 "$out/scn_$k.log" | sed 's/^/  /'
    scn[$k]=$(sed -n 's/^scenario:.*median_ms=\([0-9.]*\).*/\1/p' "$out/scn_$k.log" | median3)
    scn[${k}_ops]=$(sed -n 's/^scenario: ops=\([0-9]*\).*/\1/p' "$out/scn_$k.log" | head -1)
  done
fi

# ---------------------------------------------------------------- summary
echo; echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
name() { case $1 in geopandas) echo geopandas ;; spatialite) echo spatialite ;; postgis) echo postgis ;; esac; }
line() {   # line TITLE KEY UNIT
  local key=$2 best="" bestp="" p v
  for p in geopandas spatialite postgis; do
    v=${wall[${key}_$p]:-}
    [ -n "$v" ] || continue
    if [ -z "$best" ] || awk -v a="$v" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$v; bestp=$p; fi
  done
  local me=${wall[${key}_boundaries]}
  if [ -n "$best" ]; then
    printf '%s boundaries=%.2fs fastest_peer=%s:%.2fs ratio=%.2f\n' "$1" "$me" "$bestp" "$best" "$(awk -v a="$best" -v b="$me" 'BEGIN {print a / b}')"
  else
    printf '%s boundaries=%.2fs fastest_peer=none\n' "$1" "$me"
  fi
}
targets="targets:"
chk() { targets+=" $1$( awk -v a="$2" -v b="$3" 'BEGIN {print (a <= b) ? "=met" : "=MISSED"}')"; }
[ -n "${wall[w5_boundaries]:-}" ] && chk "W1+W5<=2.3s" "${wall[w5_boundaries]}" 2.3
[ -n "${wall[w2_boundaries]:-}" ] && chk "W2<=3.0s" "${wall[w2_boundaries]}" 3.0
[ -n "${wall[w3_boundaries]:-}" ] && chk "W3<=4.5s" "${wall[w3_boundaries]}" 4.5
[ -n "${w4[boundaries]:-}" ] && chk "W4<=0.4ms" "${w4[boundaries]}" 0.4
[ -n "${scn[tra-vinh-10-operations]:-}" ] && chk "SCN10<=50ms" "${scn[tra-vinh-10-operations]}" 50
if [ -n "${wall[w6_boundaries]:-}" ]; then   # issue 12: at least 4x faster than the faster peer
  w6best=""
  for p in geopandas postgis; do
    v=${wall[w6_$p]:-}; [ -n "$v" ] || continue
    if [ -z "$w6best" ] || awk -v a="$v" -v b="$w6best" 'BEGIN {exit !(a < b)}'; then w6best=$v; fi
  done
  # The floor compares like with like: a cold run (every file parsed, every polygon checked) with the peers end to end.
  [ -n "$w6best" ] && chk "W6<=peer/4" "${wall[w6_boundaries_cold]:-${wall[w6_boundaries]}}" "$(awk -v a="$w6best" 'BEGIN {print a / 4}')"
fi
peakb=0
for k in w5 w2 w3; do [ "${mem[${k}_boundaries]:-0}" -gt $peakb ] && peakb=${mem[${k}_boundaries]}; done
[ "$peakb" -gt 0 ] && chk "MEM<=300MiB" "$peakb" 300
echo "$targets"
[ -n "${wall[w5_boundaries]:-}" ] && line W1+W5 w5
[ -n "${wall[w2_boundaries]:-}" ] && line W2 w2
[ -n "${wall[w3_boundaries]:-}" ] && line W3 w3
[ -n "${wall[w6_boundaries]:-}" ] && [ -n "${w6best:-}" ] && printf 'W6 warm (layers kept) boundaries=%.2fs fastest_peer_end_to_end=%.2fs ratio=%.2f\n' \
  "${wall[w6_boundaries]}" "$w6best" "$(awk -v a="$w6best" -v b="${wall[w6_boundaries]}" 'BEGIN {print a / b}')"
[ -n "${wall[w6_boundaries_cold]:-}" ] && printf 'W6 cold (every file parsed and every polygon checked) boundaries=%.2fs fastest_peer_end_to_end=%.2fs ratio=%.2f\n' \
  "${wall[w6_boundaries_cold]}" "${w6best:-0}" "$(awk -v a="${w6best:-0}" -v b="${wall[w6_boundaries_cold]}" 'BEGIN {print a / b}')"
[ -n "${wall[w6_postgis_loaded]:-}" ] && printf 'W6 warm against PostGIS with the table already loaded (query only) boundaries=%.2fs postgis=%.2fs ratio=%.2f\n' \
  "${wall[w6_boundaries]}" "${wall[w6_postgis_loaded]}" "$(awk -v a="${wall[w6_postgis_loaded]}" -v b="${wall[w6_boundaries]}" 'BEGIN {print a / b}')"
if [ -n "${w4[boundaries]:-}" ]; then
  best=""; bestp=""
  for p in geopandas spatialite postgis; do
    v=${w4[$p]:-}; [ -n "$v" ] || continue
    if [ -z "$best" ] || awk -v a="$v" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$v; bestp=$p; fi
  done
  if [ -n "$best" ]; then
    printf 'W4 boundaries=%.3fms fastest_peer=%s:%.3fms ratio=%.2f\n' "${w4[boundaries]}" "$bestp" "$best" "$(awk -v a="$best" -v b="${w4[boundaries]}" 'BEGIN {print a / b}')"
  else
    printf 'W4 boundaries=%.3fms fastest_peer=none\n' "${w4[boundaries]}"
  fi
fi
if [ -n "${scn[tra-vinh-10-operations]:-}" ]; then
  printf 'SCN10 boundaries=%.2fms ops=%s (sourced expansion, %s ops: %.2fms) fastest_peer=none\n' \
    "${scn[tra-vinh-10-operations]}" "${scn[tra-vinh-10-operations_ops]}" "${scn[tp-tra-vinh-expansion_ops]}" "${scn[tp-tra-vinh-expansion]}"
fi
[ "$peakb" -gt 0 ] || exit $fail   # no W1-W3 run: no memory line to compare
memline="MEM boundaries=${peakb}MiB"
for p in geopandas spatialite postgis; do
  m=0; seen=0
  for k in w5 w2 w3; do v=${mem[${k}_$p]:-}; [ -n "$v" ] || continue; seen=1; [ "$v" -gt $m ] && m=$v; done
  [ $seen = 1 ] && memline+=" $p=${m}MiB"
done
echo "$memline"
exit $fail
