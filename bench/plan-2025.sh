#!/usr/bin/env bash
# PLAN-2025 (issue 16): `boundaries plan` on every province of the 2025 layer, as a planner runs it.
#
#   bench/plan-2025.sh [WORK_DIR] [PROVINCE…]
#
# Publishes the CLI in Release (ReadyToRun, as compare.sh does for W6), imports each province of
# data/boundaries/vietnam-2025 with `boundaries import … --province PP` (not timed), then times
# `boundaries plan pPP.gpkg --out …` with the defaults: first every province alone, one after another, then the
# whole country two provinces at a time (the machine's two cores). Prints one line per province (units, groups,
# failing groups, optimal or not, CPU seconds user + system from GNU time, wall seconds), the slowest, the whole run,
# and the load average at start and end.
# Targets (issue 16): under 10 s per province, under 5 minutes for the country.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/boundaries-plan-2025}"
shift || true
layer="$root/data/boundaries/vietnam-2025"
mkdir -p "$work/projects" "$work/plans" "$work/logs"

if [ $# -gt 0 ]; then
  provinces=("$@")
else
  mapfile -t provinces < <(ls "$layer/provinces" | sed 's/\.geojson\.gz$//' | sort)
fi

echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git -C "$root" rev-parse --short HEAD)"
if [ ! -x "$work/cli/boundaries" ]; then
  echo "publishing src/Boundaries.Cli (Release)"
  dotnet publish "$root/src/Boundaries.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/cli" -nologo -v q >"$work/logs/publish.log" 2>&1 || { cat "$work/logs/publish.log"; exit 2; }
fi
cli="$work/cli/boundaries"

for p in "${provinces[@]}"; do
  if [ ! -s "$work/projects/p$p.gpkg" ]; then
    "$cli" import "$layer" --province "$p" --out "$work/projects/p$p.gpkg" >"$work/logs/import-$p.log" 2>&1 \
      || { echo "import of province $p failed:"; tail -5 "$work/logs/import-$p.log"; exit 2; }
  fi
done

seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

# One plan, timed by the shell's clock around the process (start-up, reading the project, planning, writing the scenario).
plan_one() {
  local p="$1" log="$2/plan-$1.log" start end
  start=$(date +%s%N)
  local rc=0
  /usr/bin/time -f '%U %S' -o "$2/cpu-$p.txt" "$cli" plan "$work/projects/p$p.gpkg" --out "$2/plan-$p.json" >"$log" 2>&1 || rc=$?
  end=$(date +%s%N)
  # The summary line: "168 đơn vị cấp xã → 67 đơn vị (…); 0 nhóm không đạt định hướng; …; 7862 nhóm liền kề được xem xét;"
  local summary units groups failing optimal
  summary=$(grep -m1 'đơn vị cấp xã →' "$log" || true)
  units=$(sed -E 's/^([0-9.]+) đơn vị cấp xã.*/\1/' <<<"$summary" | tr -d .)
  groups=$(sed -E 's/.*→ ([0-9.]+) đơn vị.*/\1/' <<<"$summary" | tr -d .)
  failing=$(sed -E 's/.*; ([0-9.]+) nhóm không đạt.*/\1/' <<<"$summary" | tr -d .)
  optimal=$(grep -q 'tối ưu (đã chứng minh)' "$log" && echo proven || echo not-proven)
  [ "$rc" -eq 0 ] || { units=?; groups=none; failing=?; optimal="exit-$rc"; }
  local cpu
  cpu=$(awk 'END { printf "%.2f", $1 + $2 }' "$2/cpu-$p.txt")
  printf 'province=%s units=%s groups=%s failing=%s %s cpu=%s seconds=%.2f\n' "$p" "${units:-?}" "${groups:-?}" "${failing:-?}" "$optimal" "$cpu" "$(seconds "$start" "$end")"
}
export -f plan_one seconds
# Wide enough that the summary line is one line (redirected output otherwise wraps at 160 columns).
export cli work COLUMNS=1000

summarise() {
  awk -v what="$1" -v wall="${2:-}" '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      n++; c += v["cpu"]; u += v["units"]; g += v["groups"]; f += v["failing"]; if ($0 !~ / proven /) np++
      if (v["seconds"] + 0 > max) { max = v["seconds"] + 0; slow = v["province"] }
      if (v["seconds"] + 0 >= 10) over++ }
    END { printf "%s: provinces=%d units=%d groups=%d failing=%d not_proven=%d over_10s=%d slowest=%s:%.2fs cpu=%.1fs%s\n",
          what, n, u, g, f, np, over, slow, max, c, wall == "" ? "" : " wall=" wall "s" }'
}

echo "# every province alone"
mkdir -p "$work/plans/alone" "$work/plans/country"
: >"$work/alone.txt"
for p in "${provinces[@]}"; do
  plan_one "$p" "$work/plans/alone" | tee -a "$work/alone.txt"
done
summarise alone <"$work/alone.txt"

echo "# the whole country, two provinces at a time"
start=$(date +%s%N)
printf '%s\n' "${provinces[@]}" | xargs -P 2 -I{} bash -c 'plan_one "$1" "$work/plans/country"' _ {} | sort >"$work/country.txt"
end=$(date +%s%N)
awk '{ s = $NF; sub("seconds=", "", s); print s "\t" $0 }' "$work/country.txt" | sort -g -r | head -5 | cut -f2 | sed 's/^/  /'
summarise country "$(seconds "$start" "$end")" <"$work/country.txt"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)  $(date -u '+%Y-%m-%d %H:%M UTC')"
