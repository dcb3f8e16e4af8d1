#!/usr/bin/env bash
# A/B of the PostgreSQL import (step 1a of docs/bench/postgres-scale.sh), each run in its own
# pg_virtualenv -t cluster, through this checkout's launcher and script; each run's whole output
# is kept in LOGS (default /tmp).
# Usage: docs/bench/postgres-import-ab.sh CSV LABEL=DIR LABEL=DIR ...
#   (absolute paths; each DIR holds a sijil.jar and a sijil-tools.jar)
# One line per run: label, time, load before, wall s, client CPU s (user+sys), server CPU s,
# rows/s, allocated B/row, WAL bytes.
set -uo pipefail
CSV="$1"; shift
cd "$(dirname "$0")/../.."
for pair in "$@"; do
  label="${pair%%=*}"; dir="${pair#*=}"
  out=$(SIJIL_JAR="$dir/sijil.jar" SIJIL_TOOLS_JAR="$dir/sijil-tools.jar" STEPS=1 DUCKDB=0 \
        docs/bench/postgres-scale.sh "$CSV" 2>&1)
  echo "$out" > "${LOGS:-/tmp}/run-$label-$(date +%H%M%S).log"
  load=$(echo "$out" | grep -m1 "load before" | sed 's/.*before: //' | cut -d, -f1)
  cpu=$(echo "$out" | grep -m1 "s wall," | awk '{printf "wall %s client %.2f", $1, $4 + $8}')
  srv=$(echo "$out" | grep -m1 "PostgreSQL server CPU" | awk '{print $(NF-1)}')
  rps=$(echo "$out" | awk '$1 == "rows_per_second" {print $2}')
  bpr=$(echo "$out" | awk '$1 == "allocated_bytes_per_row" {print $2}')
  wal=$(echo "$out" | grep -m1 "WAL written" | awk '{print $(NF-1)}')
  echo "$label $(date +%H:%M) load $load $cpu server $srv rows/s $rps B/row $bpr WAL $wal"
done
