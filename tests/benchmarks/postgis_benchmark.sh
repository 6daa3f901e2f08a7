#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Opening the bundled project and rendering the 1,000,000-line stress layer, from PostGIS and from GeoPackage,
# side by side (issue 8). Prints figures; asserts nothing. Uses a throwaway server (tests/pg/start-server.sh).
#   tests/benchmarks/postgis_benchmark.sh [--data DIR] [--runs N] [--planner EXE]
# DIR holds lines.gpkg from yc_render_benchmark (default build/bench-data).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$here/build/bench-data"
runs=3
planner="$here/build/dev/bin/yuncheng-planner"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --planner) planner="$2"; shift 2 ;;
    *) echo "usage: $0 [--data DIR] [--runs N] [--planner EXE]" >&2; exit 2 ;;
  esac
done
lines="$data/lines.gpkg"
[ -f "$lines" ] || { echo "postgis_benchmark: $lines missing: run yc_render_benchmark once (it writes it)" >&2; exit 1; }

state="$(mktemp -d /tmp/yc-pg-bench.XXXXXX)"
trap '"$here/tests/pg/stop-server.sh" "$state" >/dev/null; rm -rf "$state"' EXIT
"$here/tests/pg/start-server.sh" "$state"
set -a; . "$state/connection.env"; set +a
export QT_QPA_PLATFORM=offscreen

uri="postgresql://$PGHOST:$PGPORT/$PGDATABASE?schema=yuncheng"
start=$(date +%s.%N)
"$planner" publish --project "$here/maps/yuncheng.gpkg" --to "$uri" >/dev/null
psql -qAt -c "CREATE SCHEMA bench"
PG_USE_COPY=YES ogr2ogr -f PostgreSQL "PG:dbname=$PGDATABASE" "$lines" -nln bench.lines -lco GEOMETRY_NAME=geom \
  -lco SPATIAL_INDEX=GIST -gt 65536
psql -qAt -c "VACUUM ANALYZE bench.lines"
load=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN {printf "%.1f", a - b}')
count=$(psql -qAt -c "SELECT count(*) FROM bench.lines")
echo "loaded $count lines and the bundled project into PostGIS in ${load} s"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {   # prints the median wall time in seconds of `render` with the given project and layer
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N)
    "$planner" render --project "$1" --layer "$2" --out "$state/out.png" --size 1920x1080 >/dev/null
    awk -v a="$(date +%s.%N)" -v b="$s" 'BEGIN {print a - b}'
  done | median
}
project_only() {
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N)
    "$planner" render --project "$1" --out "$state/out.png" --size 1920x1080 >/dev/null
    awk -v a="$(date +%s.%N)" -v b="$s" 'BEGIN {print a - b}'
  done | median
}

gp_project=$(project_only "$here/maps/yuncheng.gpkg")
pg_project=$(project_only "$uri")
gp_lines=$(time_runs "$here/maps/yuncheng.gpkg" "$lines")
pg_lines=$(time_runs "$uri" "PG:dbname=$PGDATABASE tables=bench.lines")
printf '%-52s %12s %12s %8s\n' "render 1920x1080, whole process, median of $runs" "GeoPackage s" "PostGIS s" "ratio"
printf '%-52s %12.2f %12.2f %8.2f\n' "bundled project" "$gp_project" "$pg_project" "$(awk -v a="$pg_project" -v b="$gp_project" 'BEGIN {print a / b}')"
printf '%-52s %12.2f %12.2f %8.2f\n' "bundled project + 1,000,000 lines" "$gp_lines" "$pg_lines" "$(awk -v a="$pg_lines" -v b="$gp_lines" 'BEGIN {print a / b}')"
