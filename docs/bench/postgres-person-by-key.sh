#!/usr/bin/env bash
# K<key> person reads on a register of CSV imported by DIR's jars, in its own pg_virtualenv -t
# cluster: bench import, then docs/bench/PersonByKey.java (READS random keys), then EXPLAIN ANALYZE
# of the key read the jar's store does (main: records by id through the hash index; h-pgid: the
# key's bucket), and the server's CPU over the reads.
# Usage: docs/bench/postgres-person-by-key.sh CSV DIR [READS]   (absolute paths; DIR holds a
#   sijil.jar and a sijil-tools.jar)
set -euo pipefail
if [ -z "${PGHOST:-}" ]; then exec pg_virtualenv -t -o max_wal_size=4GB "$0" "$@"; fi
CSV="$1"; DIR="$2"; READS="${3:-3000}"
psql -q -c "CREATE SCHEMA reg"
PG="postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE?currentSchema=reg"
PM="$(head -1 "$(psql -tAc 'SHOW data_directory')/postmaster.pid")"
server_cpu() {
  local own kids
  own=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PM/stat")
  kids=$(for p in $(pgrep -P "$PM"); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}')
  echo "$own $kids $(getconf CLK_TCK)" | awk '{printf "%.2f", ($1 + $2) / $3}'
}
cd "$(dirname "$0")/../.."
SIJIL_TOOLS_JAR="$DIR/sijil-tools.jar" bin/sijil-tools bench import --file "$CSV" --db "$PG" | tail -2
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
s0=$(server_cpu)
java -Xmx1g -XX:+UseParallelGC -cp "$DIR/sijil.jar" docs/bench/PersonByKey.java "$PG" "$CSV" "$READS"
echo "PostgreSQL server CPU over the reads (warm-up included): $(echo "$(server_cpu) $s0" | awk '{printf "%.2f", $1 - $2}') s"
KEY=$(sed -n 1234p "$CSV" | cut -d, -f1)
if psql -tAc "SELECT to_regclass('reg.record_key_buckets')" | grep -q record_key_buckets; then
  B=$(psql -tAc "SELECT ('x' || substr(md5('$KEY'), 1, 8))::bit(32)::int & 16383")
  psql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT release_id, entries FROM reg.record_key_buckets WHERE bucket = $B"
  psql -tAc "SELECT count(*), pg_size_pretty(pg_total_relation_size('reg.record_key_buckets')) FROM reg.record_key_buckets"
else
  psql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT release_id, row_no FROM reg.records WHERE id = '$KEY' ORDER BY release_id, row_no"
  psql -tAc "SELECT pg_size_pretty(pg_relation_size('reg.records_id'))"
fi
