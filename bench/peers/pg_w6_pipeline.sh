#!/bin/bash
# W6 end to end with PostGIS: load the national 2025 GeoJSON (ogr2ogr, into a scratch table) and run
# pg_w6_national.sql -> CSV.   usage: pg_w6_pipeline.sh IN.geojson OUT.csv
set -e; here=$(dirname "$0"); . "$here/pg_env.sh" ""
"$here/pg_load.sh" "$1" w6_scratch
psql -q -v tbl=w6_scratch -v out="$2" -f "$here/pg_w6_national.sql"
