#!/usr/bin/env bash
# The PostgreSQL server's CPU per bulk table of an import, by COPY format and by index on records.id
# (issue 13 item 7). In one throwaway 'pg_virtualenv -t' cluster: 'sijil-tools bench import' of CSV,
# then each table is exported to a file in the text and the binary format and COPY'd back from the
# file into an empty copy of itself, three rounds. Each COPY runs in its own backend, whose CPU is
# read from the postmaster's cutime+cstime once it has exited (ticks of 1/100 s): the server's
# parsing and inserting only, without the client, so the figures compare even under load.
# Usage: docs/bench/postgres-copy-cost.sh [CSV]   (after ./mvnw -q -DskipTests package; as root)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PGHOST:-}" ]; then exec pg_virtualenv -t -o max_wal_size=4GB "$0" "$@"; fi
CSV="${1:-/work/h-pgcopy-data/synth200k.csv}"
java -Xmx3g -jar sijil-bench/target/sijil-tools.jar bench import --file "$CSV" \
  --db "postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE" | grep -E "rows_per_second"
psql -tAc "SELECT 'records_id: ' || pg_get_indexdef('records_id'::regclass)"
PM="$(head -1 "$(psql -tAc 'SHOW data_directory')/postmaster.pid")"
T="$(mktemp -d)"; chmod 777 "$T"; trap 'rm -rf "$T"' EXIT
cpu() { awk '{print $16 + $17}' "/proc/$PM/stat"; }
for tb in records raw_rows log_row_hashes; do
  psql -q -c "COPY $tb TO '$T/$tb.txt'" -c "COPY $tb TO '$T/$tb.bin' (FORMAT binary)" \
    -c "CREATE TABLE x_$tb (LIKE $tb)"
done
psql -q -c "CREATE INDEX ON x_records (release_id, row_no)" -c "CREATE INDEX ON x_raw_rows (release_id, row_no)"
for t in btree hash; do psql -q -c "CREATE TABLE id_$t (LIKE records)" -c "CREATE INDEX ON id_$t (release_id, row_no)"; done
psql -q -c "CREATE INDEX ON id_btree (id)" -c "CREATE INDEX ON id_hash USING hash (id)"
# copy LABEL TABLE FILE [OPTIONS]: empties TABLE, COPYs FILE into it, prints the backend's CPU.
copy() {
  psql -q -c "TRUNCATE $2"; sleep 1
  local c0; c0=$(cpu); psql -q -c "COPY $2 FROM '$T/$3' $4"; sleep 1.5
  echo "$1: $(( $(cpu) - c0 )) ticks (load $(cut -d' ' -f1 /proc/loadavg))"
}
for round in 1 2 3; do
  for tb in records raw_rows log_row_hashes; do
    copy "r$round $tb, text" "x_$tb" "$tb.txt" ""
    copy "r$round $tb, binary" "x_$tb" "$tb.bin" "(FORMAT binary)"
  done
  copy "r$round records, binary, + B-tree on id" id_btree records.bin "(FORMAT binary)"
  copy "r$round records, binary, + hash index on id" id_hash records.bin "(FORMAT binary)"
done
