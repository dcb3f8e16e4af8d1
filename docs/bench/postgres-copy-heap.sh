#!/usr/bin/env bash
# Peak live heap of 'sijil copy' from a DuckDB register into PostgreSQL, one run per LABEL=JAR in
# the order given (alternate them: main=J1 new=J2 main=J1 new=J2), in one 'pg_virtualenv -t' cluster.
# Usage: docs/bench/postgres-copy-heap.sh SRC.db LABEL=JAR ...   (OUT: where outputs go, /tmp)
# Every ~2 s the copy's JVM is asked for a class histogram (jcmd GC.class_histogram: a full GC
# first, so live objects only); the largest total and the most StringBuilders seen (KeyBuckets
# holds one per bucket of a release) are printed with wall, CPU, peak RSS and the load, and the
# copied record_key_buckets' row count, characters and an md5 of all their rows, to compare sides.
# Samples are 2 s apart: the peak is the largest seen, not the exact one. Wrap a 1M register's runs
# in 'flock /work/quiet/1m.lock'.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PGHOST:-}" ]; then exec pg_virtualenv -t -o max_wal_size=4GB "$0" "$@"; fi
SRC=$1; shift
OUT=${OUT:-/tmp/copy-heap}; mkdir -p "$OUT"
export PGOPTIONS="-c client_min_messages=warning"
PG="postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
for pair in "$@"; do
  label=${pair%%=*}; jar=${pair#*=}
  psql -q -c "DROP SCHEMA IF EXISTS c CASCADE" -c "CREATE SCHEMA c"
  echo "== $label $(date -u +%T) load before: $(uptime | sed 's/.*average: //')"
  SIJIL_JAR=$jar /usr/bin/time -f "%e s wall, %U s user + %S s sys, %M KB peak RSS" -o "$OUT/$label.time" \
    bin/sijil copy --from "$SRC" --to "$PG?currentSchema=c" > "$OUT/$label.out" 2>&1 &
  tpid=$!
  max=0; sb=0
  while kill -0 $tpid 2>/dev/null; do
    sleep 2
    jpid=$(pgrep -P $tpid java || true)
    [ -n "$jpid" ] || continue
    h=$(jcmd "$jpid" GC.class_histogram 2>/dev/null || true)
    t=$(echo "$h" | awk '/^Total/ {print $3}')
    s=$(echo "$h" | awk '$4 == "java.lang.StringBuilder" {print $2}')
    [ -n "$t" ] && [ "$t" -gt "$max" ] && max=$t
    [ -n "$s" ] && [ "$s" -gt "$sb" ] && sb=$s
  done
  wait $tpid || { echo "copy failed"; cat "$OUT/$label.out"; }
  tail -3 "$OUT/$label.out"
  echo "   $(cat "$OUT/$label.time")"
  echo "   peak live heap seen: $((max / 1048576)) MB; most StringBuilders seen: $sb"
  echo "   key bucket rows: $(psql -tAc 'SELECT count(*), sum(length(entries)) FROM c.record_key_buckets')"
  psql -tAc "SELECT md5(string_agg(bucket || '/' || release_id || '/' || entries, ',' ORDER BY bucket, release_id)) FROM c.record_key_buckets" | sed 's/^/   buckets md5: /'
  echo "   load after: $(uptime | sed 's/.*average: //')"
done
